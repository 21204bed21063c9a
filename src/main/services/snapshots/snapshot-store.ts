import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { MAX_SNAPSHOT_BYTES } from '@shared/ipc-contract'
import { formatBytes } from '@shared/format-bytes'
import type { Result } from '@shared/result'
import {
  isSnapshotName,
  newestFirst,
  nextSnapshotName,
  snapshotDate,
  snapshotsToRotate,
  SNAPSHOTS_KEPT,
  type SnapshotInfo,
  type SnapshotWritten
} from '@shared/snapshot-names'
import { judgeFreeSpace } from '@shared/snapshot-space'
import { WorkbenchFailure } from '../../ipc/workbench-failure'
import { tempTargetName, writeFileAtomic } from '../atomic-write'
import { describeFsError, isFsError } from '../describe-fs-error'
import { ownBytes } from '../read-bounded-file'

/** The folder inside the data folder that holds the snapshots. */
export function snapshotFolder(dataDir: string): string {
  return join(dataDir, 'snapshots')
}

/** The parts of node:fs/promises the store uses; injectable so tests can make any step fail. */
export interface SnapshotFs {
  mkdir: (path: string, options: { recursive: true }) => Promise<unknown>
  readdir: (path: string) => Promise<string[]>
  readFile: (path: string) => Promise<Uint8Array>
  stat: (path: string) => Promise<{ size: number }>
  rm: (path: string, options: { force: true }) => Promise<void>
  /** Free space: `bavail` blocks of `bsize` bytes available to this user. */
  statfs: (path: string) => Promise<{ bavail: number; bsize: number }>
}

const nodeFs: SnapshotFs = {
  mkdir: fsp.mkdir,
  readdir: (path) => fsp.readdir(path),
  readFile: (path) => fsp.readFile(path),
  stat: fsp.stat,
  rm: fsp.rm,
  statfs: (path) => fsp.statfs(path)
}

export interface SnapshotStoreDeps {
  /** The snapshot folder (see snapshotFolder). */
  dir: string
  now: () => Date
  /** Checks that the text read back is a valid backup file; a snapshot failing it is deleted. */
  verify: (text: string) => Result<unknown>
  /** Writes a file so it is never seen half-written; defaults to writeFileAtomic. */
  write?: (path: string, data: string | Uint8Array) => Promise<void>
  fs?: Partial<SnapshotFs>
  keep?: number
}

/**
 * Writes one snapshot: size checks and `verify`, a free-space check, an atomic write, then the file is
 * read back and must match byte for byte (or it is deleted and the write fails), then rotation to the newest `keep`. Failures are WorkbenchFailures with messages an
 * analyst can act on.
 */
export async function writeSnapshot(
  data: string | Uint8Array,
  deps: SnapshotStoreDeps
): Promise<SnapshotWritten> {
  const fs = { ...nodeFs, ...deps.fs }
  // The renderer sends the bytes its backup worker made (it never holds a big snapshot's text);
  // they are checked here, in main, as the text would have been.
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  if (bytes.length === 0) throw new WorkbenchFailure('invalid-payload', 'The snapshot is empty.')
  if (bytes.length > MAX_SNAPSHOT_BYTES) {
    throw new WorkbenchFailure(
      'too-large',
      `The snapshot is ${formatBytes(bytes.length)}; snapshots larger than ${formatBytes(MAX_SNAPSHOT_BYTES)} are not written. Make a backup instead.`
    )
  }
  const text = typeof data === 'string' ? data : decodeUtf8(bytes)
  if (text === null) {
    throw new WorkbenchFailure(
      'invalid-payload',
      'The snapshot is not UTF-8 text, so it is not a backup; nothing was written.'
    )
  }
  // Checked before anything touches the disk: a payload that is not a backup costs no write.
  const checked = deps.verify(text)
  if (!checked.ok) {
    throw new WorkbenchFailure(
      'invalid-payload',
      `The snapshot is not a valid backup (${checked.error.message}); nothing was written.`
    )
  }
  try {
    await fs.mkdir(deps.dir, { recursive: true })
  } catch (error) {
    throw new WorkbenchFailure(
      'io-error',
      `The snapshot folder ${deps.dir} could not be created: ${describeFsError(error)}.`
    )
  }

  const warnings: string[] = []
  const free = await freeBytes(deps.dir, fs)
  if (free !== null) {
    const verdict = judgeFreeSpace(bytes.length, free)
    if (verdict.kind === 'full') throw new WorkbenchFailure('io-error', verdict.message)
    if (verdict.kind === 'low') warnings.push(verdict.warning)
  }

  const name = nextSnapshotName(deps.now(), await fs.readdir(deps.dir))
  const path = join(deps.dir, name)
  try {
    await (deps.write ?? writeFileAtomic)(path, bytes)
  } catch (error) {
    // writeFileAtomic leaves no temp file; this also covers a write that is not atomic.
    await fs.rm(path, { force: true }).catch(() => undefined)
    throw new WorkbenchFailure(
      'io-error',
      `The snapshot could not be written: ${describeFsError(error)}.`
    )
  }

  await verifyWritten(path, bytes, fs)
  warnings.push(...(await rotate(deps.dir, name, deps.keep ?? SNAPSHOTS_KEPT, fs)))
  return {
    name,
    createdAt: snapshotDate(name)!.toISOString(),
    bytes: bytes.length,
    warning: warnings.length > 0 ? warnings.join(' ') : null
  }
}

/** Strict UTF-8: null for bytes that are not (a backup file is UTF-8 JSON). */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

async function freeBytes(dir: string, fs: SnapshotFs): Promise<number | null> {
  try {
    const { bavail, bsize } = await fs.statfs(dir)
    return Number(bavail) * Number(bsize)
  } catch {
    // Not every platform or file system reports free space; the write itself still fails cleanly.
    return null
  }
}

/** Reads the file back: the same bytes as were checked and written, or it is deleted. */
async function verifyWritten(path: string, expected: Uint8Array, fs: SnapshotFs): Promise<void> {
  const discard = async (message: string): Promise<never> => {
    await fs.rm(path, { force: true }).catch(() => undefined)
    throw new WorkbenchFailure('io-error', message)
  }
  let readBack: Uint8Array
  try {
    readBack = await fs.readFile(path)
  } catch (error) {
    return discard(`The snapshot could not be read back: ${describeFsError(error)}.`)
  }
  if (!Buffer.from(readBack).equals(expected)) {
    return discard(
      'The snapshot read back differently from what was written (the disk may be failing); it was removed.'
    )
  }
}

/** Deletes all but the newest `keep`; a snapshot that cannot be deleted becomes a warning. */
async function rotate(dir: string, justWritten: string, keep: number, fs: SnapshotFs) {
  const warnings: string[] = []
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch (error) {
    return [`Old snapshots could not be listed for clean-up: ${describeFsError(error)}.`]
  }
  for (const name of snapshotsToRotate(names, justWritten, keep)) {
    try {
      await fs.rm(join(dir, name), { force: true })
    } catch (error) {
      warnings.push(`The old snapshot ${name} could not be deleted: ${describeFsError(error)}.`)
    }
  }
  return warnings
}

/** The snapshots in `dir`, newest first; foreign files are ignored, a missing folder is none. */
export async function listSnapshots(
  dir: string,
  fsOverrides: Partial<SnapshotFs> = {}
): Promise<SnapshotInfo[]> {
  const fs = { ...nodeFs, ...fsOverrides }
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch (error) {
    if (isFsError(error) && error.code === 'ENOENT') return []
    throw error
  }
  const infos: SnapshotInfo[] = []
  for (const name of newestFirst(names)) {
    try {
      const { size } = await fs.stat(join(dir, name))
      infos.push({ name, createdAt: snapshotDate(name)!.toISOString(), bytes: size })
    } catch {
      // Deleted by a rotation in the meantime: it is simply no longer listed.
    }
  }
  return infos
}

/**
 * The bytes of the snapshot called `name`, undecoded (the renderer's backup worker decodes and
 * checks them); anything but a strict snapshot name is refused.
 */
export async function readSnapshot(
  dir: string,
  name: string,
  fsOverrides: Partial<SnapshotFs> = {}
): Promise<Uint8Array> {
  if (!isSnapshotName(name)) {
    throw new WorkbenchFailure('invalid-payload', `“${name}” is not a snapshot name.`)
  }
  const fs = { ...nodeFs, ...fsOverrides }
  const path = join(dir, name)
  try {
    const { size } = await fs.stat(path)
    if (size > MAX_SNAPSHOT_BYTES) {
      throw new WorkbenchFailure(
        'too-large',
        `The snapshot ${name} is ${formatBytes(size)}, larger than any snapshot the workbench writes.`
      )
    }
    return ownBytes(await fs.readFile(path))
  } catch (error) {
    if (error instanceof WorkbenchFailure) throw error
    if (isFsError(error) && error.code === 'ENOENT') {
      throw new WorkbenchFailure('not-found', `The snapshot ${name} no longer exists.`)
    }
    throw new WorkbenchFailure(
      'io-error',
      `The snapshot ${name} could not be read: ${describeFsError(error)}.`
    )
  }
}

/**
 * Deletes the temp files of snapshot writes that never finished (the process died between
 * writing and renaming; each can be as large as a snapshot). Only names that writeFileAtomic
 * makes for a snapshot name are touched; a missing folder or a failed delete is no error.
 * Returns the names deleted.
 */
export async function removeStaleTempFiles(
  dir: string,
  fsOverrides: Partial<SnapshotFs> = {}
): Promise<string[]> {
  const fs = { ...nodeFs, ...fsOverrides }
  const names = await fs.readdir(dir).catch(() => [] as string[])
  const removed: string[] = []
  for (const name of names) {
    const target = tempTargetName(name)
    if (target === null || !isSnapshotName(target)) continue
    try {
      await fs.rm(join(dir, name), { force: true })
      removed.push(name)
    } catch (error) {
      console.warn(`A stale snapshot temp file ${name} could not be deleted:`, error)
    }
  }
  return removed
}

/**
 * The store the IPC handlers use: the three operations, with writes one at a time. Creating it
 * clears temp files an earlier crash left; writes wait for that, so none of theirs is touched
 * (the single-instance lock keeps other processes out of the folder).
 */
export function createSnapshotStore(deps: SnapshotStoreDeps) {
  let queue: Promise<unknown> = removeStaleTempFiles(deps.dir, deps.fs).catch(() => undefined)
  return {
    write(data: string | Uint8Array): Promise<SnapshotWritten> {
      // A quit snapshot can arrive while a change snapshot is still being written; serialising
      // keeps names, verification and rotation from interleaving.
      const next = queue.then(() => writeSnapshot(data, deps))
      queue = next.catch(() => undefined)
      return next
    },
    list: () => listSnapshots(deps.dir, deps.fs),
    read: (name: string) => readSnapshot(deps.dir, name, deps.fs)
  }
}

export type SnapshotStore = ReturnType<typeof createSnapshotStore>
