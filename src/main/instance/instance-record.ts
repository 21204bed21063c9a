import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'

/** Which process runs the workbench on a data folder: written by the instance holding its lock. */
const instanceRecord = z.object({ pid: z.number().int().positive() })

export const INSTANCE_FILE = 'instance.json'

/** Notes that this process runs the workbench on `dataDir` (best effort). */
export function recordInstance(
  dataDir: string,
  pid: number,
  write: (file: string, text: string) => void = writeFileSync
): void {
  try {
    write(join(dataDir, INSTANCE_FILE), `${JSON.stringify({ pid })}\n`)
  } catch {
    // Only the explanation of a later lock failure is weaker without it.
  }
}

/** Whether process `pid` exists (signal 0 checks without sending anything). */
export function processAlive(
  pid: number,
  kill: (pid: number, signal: 0) => void = process.kill
): boolean {
  try {
    kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** How instance.json is read and a pid checked; the file system and the OS unless a test says. */
export interface InstanceProbe {
  read?: (file: string) => string
  alive?: (pid: number) => boolean
}

/**
 * Why the single-instance lock on `dataDir` was refused: another live workbench holds it (its
 * window is told and comes forward), or the lock could not be made at all — a drive that cannot
 * hold it (FAT/exFAT), or one left by a run that ended badly — which must be said, not answered
 * by quitting silently every time.
 */
export function lockRefusal(
  dataDir: string,
  selfPid: number,
  options: InstanceProbe = {}
): 'another-instance' | 'lock-failed' {
  return liveInstanceOn(dataDir, selfPid, options) ? 'another-instance' : 'lock-failed'
}

/** Whether instance.json in `dataDir` names a live workbench process other than `selfPid`. */
export function liveInstanceOn(
  dataDir: string,
  selfPid: number,
  options: InstanceProbe = {}
): boolean {
  const read = options.read ?? ((file: string) => readFileSync(file, 'utf-8'))
  const alive = options.alive ?? ((pid: number) => processAlive(pid))
  try {
    const parsed = instanceRecord.safeParse(JSON.parse(read(join(dataDir, INSTANCE_FILE))))
    return parsed.success && parsed.data.pid !== selfPid && alive(parsed.data.pid)
  } catch {
    // No record, or an unreadable one: no live instance is known.
    return false
  }
}

/** What the analyst is told when the lock could not be made. */
export function lockFailedMessage(dataDir: string): string {
  // Chromium clears a lock left by a copy that died on this computer by itself; one it cannot
  // clear names another computer (a folder on a shared or portable drive) or could not be made.
  return (
    `Analyst Workbench could not make sure that it is the only copy using the data folder ${dataDir}, ` +
    'so it did not start (two copies writing the same database could lose work). The drive may not ' +
    'support the lock (FAT or exFAT: start the workbench with --data-dir on a local drive), or a ' +
    'copy on another computer that uses this folder holds it or ended without letting go. If no ' +
    'copy uses this folder any more, delete the file SingletonLock in it and start again.'
  )
}
