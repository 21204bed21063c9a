import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs'
import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The parts of node:fs/promises the atomic write uses; injectable so tests can make any step fail. */
export interface AtomicWriteFs {
  open: typeof fsp.open
  rename: typeof fsp.rename
  rm: typeof fsp.rm
}

const nodeFs: AtomicWriteFs = { open: fsp.open, rename: fsp.rename, rm: fsp.rm }

/**
 * The temp file lives in the target's folder so the final rename stays on one file system
 * (rename is only atomic there). Dot-prefixed and random so it never collides or shows up as
 * a real document; the name is capped so a long target name cannot exceed NAME_MAX.
 */
export function tempPathFor(targetPath: string): string {
  const name = basename(targetPath).slice(0, 100)
  return join(dirname(targetPath), `.${name}.${randomBytes(6).toString('hex')}.tmp`)
}

const TEMP_NAME = /^\.(.+)\.[0-9a-f]{12}\.tmp$/

/**
 * The file name a temp file of tempPathFor was written for (its first 100 characters), or null
 * when `name` is not such a temp file. Lets a folder's owner clear temp files a crash left.
 */
export function tempTargetName(name: string): string | null {
  return TEMP_NAME.exec(name)?.[1] ?? null
}

/**
 * Writes `data` to `targetPath` so that readers see either the old file or the complete new
 * one, never a partial write: temp file, fsync, rename. On failure the temp file is removed,
 * the old file is untouched and the original fs error (with its `code`) is rethrown.
 */
export async function writeFileAtomic(
  targetPath: string,
  data: string | Uint8Array,
  io: AtomicWriteFs = nodeFs
): Promise<void> {
  const tempPath = tempPathFor(targetPath)
  let handle: fsp.FileHandle | undefined
  try {
    // 'wx': fail rather than follow a symlink or reuse a file someone planted at the temp name.
    handle = await io.open(tempPath, 'wx')
    await handle.writeFile(data)
    // Without fsync a crash after the rename can leave an empty file under the real name.
    await handle.sync()
    await handle.close()
    handle = undefined
    await io.rename(tempPath, targetPath)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await io.rm(tempPath, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(targetPath), io)
}

// Makes the rename itself durable on POSIX. Windows cannot open folders for sync; best effort.
async function syncFolder(folder: string, io: AtomicWriteFs): Promise<void> {
  if (process.platform === 'win32') return
  try {
    const dir = await io.open(folder, 'r')
    await dir.sync().finally(() => dir.close())
  } catch {
    // The data is already in place; a folder that cannot be synced is not a failed save.
  }
}

/** The synchronous twin, for small files written while the app is closing (window state). */
export function writeFileAtomicSync(targetPath: string, data: string | Uint8Array): void {
  const tempPath = tempPathFor(targetPath)
  let fd: number | undefined
  try {
    fd = fs.openSync(tempPath, 'wx')
    fs.writeFileSync(fd, data)
    fs.fsyncSync(fd)
    fs.closeSync(fd)
    fd = undefined
    fs.renameSync(tempPath, targetPath)
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd)
      } catch {
        // Already failing; the original error is the one worth reporting.
      }
    }
    fs.rmSync(tempPath, { force: true })
    throw error
  }
}
