import {
  MAX_SNAPSHOT_BYTES,
  snapshotReadRequestSchema,
  snapshotWriteRequestSchema,
  type SnapshotInfo,
  type SnapshotWritten
} from '@shared/ipc-contract'
import { formatBytes } from '@shared/format-bytes'
import { fail, ok, type ErrorCode, type Result } from '@shared/result'
import {
  isSnapshotName,
  newestFirst,
  nextSnapshotName,
  snapshotDate,
  snapshotsToRotate,
  SNAPSHOTS_KEPT
} from '@shared/snapshot-names'
import { judgeFreeSpace } from '@shared/snapshot-space'
import { checkWrittenSnapshot } from './check-written-snapshot'
import type { BackupData, SnapshotRequest, Platform } from './platform'

/*
 * Browser mode keeps its snapshots in the origin private file system (OPFS), under the same
 * names and rotation as the desktop app's snapshot folder. Honest limits: OPFS lives in the
 * same browser profile as the database, so it protects against a damaged or emptied database,
 * not against a wiped profile or "clear site data". Downloaded backups protect against that.
 */

/** The parts of the File System Access API used here (typed locally: fakes stand in in tests). */
export interface OpfsWritable {
  write: (data: Blob) => Promise<void>
  close: () => Promise<void>
  abort: () => Promise<void>
}
export interface OpfsFileHandle {
  getFile: () => Promise<Blob>
  createWritable?: () => Promise<OpfsWritable>
}
export interface OpfsDirectory {
  getDirectoryHandle: (name: string, options?: { create?: boolean }) => Promise<OpfsDirectory>
  getFileHandle: (name: string, options?: { create?: boolean }) => Promise<OpfsFileHandle>
  removeEntry: (name: string) => Promise<void>
  keys: () => AsyncIterable<string>
}

export interface OpfsSnapshotDeps {
  /** The OPFS root (navigator.storage.getDirectory); undefined where the browser has none. */
  getRoot: (() => Promise<OpfsDirectory>) | undefined
  /** navigator.storage.estimate, for the low-space warning. */
  estimate?: () => Promise<{ quota?: number; usage?: number }>
  now: () => Date
  /** Checks the text read back is a valid backup file; a snapshot failing it is deleted. */
  verify: (text: string) => Result<unknown>
  /**
   * Checks the stored file against what was written and with `verify` (checkWrittenSnapshot);
   * the browser platform does it in a worker. On this thread when not given.
   */
  check?: (written: Blob, source: Blob) => Promise<Result<null>>
  keep?: number
}

export const OPFS_UNSUPPORTED_MESSAGE =
  'This browser cannot keep automatic snapshots (it has no private file system for pages). Use Back up regularly to download copies of your work.'

const FOLDER = 'snapshots'

type SnapshotMethods = Pick<Platform, 'writeSnapshot' | 'listSnapshots' | 'readSnapshot'>

class SnapshotError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
  }
}

function describeDomError(error: unknown): { code: ErrorCode; reason: string } {
  const name = (error as { name?: unknown } | null)?.name
  if (name === 'QuotaExceededError')
    return { code: 'io-error', reason: 'the browser’s storage for the workbench is full' }
  if (name === 'NotFoundError') return { code: 'not-found', reason: 'it no longer exists' }
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return { code: 'unsupported', reason: 'the browser does not allow it here' }
  return { code: 'io-error', reason: error instanceof Error ? error.message : String(error) }
}

async function listNames(dir: OpfsDirectory): Promise<string[]> {
  const names: string[] = []
  for await (const name of dir.keys()) names.push(name)
  return names
}

async function freeBytes(deps: OpfsSnapshotDeps): Promise<number | null> {
  try {
    const estimate = await deps.estimate?.()
    if (estimate?.quota === undefined || estimate.usage === undefined) return null
    return Math.max(0, estimate.quota - estimate.usage)
  } catch {
    return null
  }
}

/** The three snapshot methods of the browser platform, on the origin private file system. */
export function createOpfsSnapshots(deps: OpfsSnapshotDeps): SnapshotMethods {
  const folder = async (create: boolean): Promise<OpfsDirectory> => {
    if (!deps.getRoot) throw new SnapshotError('unsupported', OPFS_UNSUPPORTED_MESSAGE)
    const root = await deps.getRoot()
    return root.getDirectoryHandle(FOLDER, { create })
  }

  const check =
    deps.check ??
    ((written: Blob, source: Blob) => checkWrittenSnapshot(written, source, deps.verify))

  // The backup worker's Blob is written as it is; the page reads none of it (text is wrapped).
  const write = async (data: string | Uint8Array | Blob): Promise<SnapshotWritten> => {
    // (A snapshot's bytes are never in shared memory: the worker's transferred buffer.)
    const source =
      data instanceof Blob ? data : new Blob([data as string | Uint8Array<ArrayBuffer>])
    const bytes = source.size
    if (bytes === 0) throw new SnapshotError('invalid-payload', 'The snapshot is empty.')
    if (bytes > MAX_SNAPSHOT_BYTES) {
      throw new SnapshotError(
        'too-large',
        `The snapshot is ${formatBytes(bytes)}; snapshots larger than ${formatBytes(MAX_SNAPSHOT_BYTES)} are not written. Make a backup instead.`
      )
    }
    const dir = await folder(true)
    const warnings: string[] = []
    const free = await freeBytes(deps)
    if (free !== null) {
      const verdict = judgeFreeSpace(bytes, free)
      if (verdict.kind === 'full') throw new SnapshotError('io-error', verdict.message)
      if (verdict.kind === 'low') warnings.push(verdict.warning)
    }

    const name = nextSnapshotName(deps.now(), await listNames(dir))
    const handle = await dir.getFileHandle(name, { create: true })
    const discard = () => dir.removeEntry(name).catch(() => undefined)
    if (!handle.createWritable) {
      await discard()
      throw new SnapshotError('unsupported', OPFS_UNSUPPORTED_MESSAGE)
    }
    let writable: OpfsWritable | undefined
    try {
      // The browser writes to a swap file and swaps it in on close(): never half-written.
      writable = await handle.createWritable()
      await writable.write(source)
      await writable.close()
    } catch (error) {
      await writable?.abort().catch(() => undefined)
      await discard()
      const { code, reason } = describeDomError(error)
      throw new SnapshotError(code, `The snapshot could not be written: ${reason}.`)
    }

    const checked = await handle
      .getFile()
      .then((written) => check(written, source))
      .catch(() =>
        fail('io-error', 'The snapshot could not be read back to check it; it was removed.')
      )
    if (!checked.ok) {
      await discard()
      throw new SnapshotError(checked.error.code, checked.error.message)
    }

    for (const old of snapshotsToRotate(await listNames(dir), name, deps.keep ?? SNAPSHOTS_KEPT)) {
      await dir.removeEntry(old).catch(() => {
        warnings.push(`The old snapshot ${old} could not be deleted.`)
      })
    }
    return {
      name,
      createdAt: snapshotDate(name)!.toISOString(),
      bytes,
      warning: warnings.length > 0 ? warnings.join(' ') : null
    }
  }

  const list = async (): Promise<SnapshotInfo[]> => {
    let dir: OpfsDirectory
    try {
      dir = await folder(false)
    } catch (error) {
      if (describeDomError(error).code === 'not-found') return []
      throw error
    }
    const infos: SnapshotInfo[] = []
    for (const name of newestFirst(await listNames(dir))) {
      const file = await (await dir.getFileHandle(name)).getFile().catch(() => null)
      if (file) infos.push({ name, createdAt: snapshotDate(name)!.toISOString(), bytes: file.size })
    }
    return infos
  }

  // The File itself (a handle), not its text: the backup worker reads it off the page's thread.
  const read = async (name: string): Promise<BackupData> => {
    if (!isSnapshotName(name)) {
      throw new SnapshotError('invalid-payload', `“${name}” is not a snapshot name.`)
    }
    const file = await (await (await folder(false)).getFileHandle(name)).getFile()
    if (file.size > MAX_SNAPSHOT_BYTES) {
      throw new SnapshotError('too-large', `The snapshot ${name} is ${formatBytes(file.size)}.`)
    }
    return file
  }

  // One write at a time, as in the main process: names and rotation must not interleave.
  let queue: Promise<unknown> = Promise.resolve()
  const settle = async <T>(what: string, run: () => Promise<T>): Promise<Result<T>> => {
    try {
      return ok(await run())
    } catch (error) {
      if (error instanceof SnapshotError) return fail(error.code, error.message)
      const { code, reason } = describeDomError(error)
      return fail(code, `${what}: ${reason}.`)
    }
  }

  return {
    writeSnapshot: (request: SnapshotRequest) => {
      // A Blob (the backup worker's) is checked by its size in write(); text or bytes here.
      const { data } = request
      const parsed =
        data instanceof Blob
          ? snapshotWriteRequestSchema.omit({ data: true }).safeParse(request)
          : snapshotWriteRequestSchema.safeParse(request)
      if (!parsed.success) return Promise.resolve(fail('invalid-payload', 'Invalid snapshot.'))
      const next = queue.then(() => settle('The snapshot could not be written', () => write(data)))
      queue = next
      return next
    },
    listSnapshots: () => settle('The snapshots could not be listed', list),
    readSnapshot: (request) => {
      const parsed = snapshotReadRequestSchema.safeParse(request)
      if (!parsed.success) {
        return Promise.resolve(fail('invalid-payload', 'That is not a snapshot name.'))
      }
      return settle(`The snapshot ${parsed.data.name} could not be read`, () =>
        read(parsed.data.name)
      )
    }
  }
}
