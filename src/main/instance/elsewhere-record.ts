import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { linkFromArgv } from '../deep-link/deep-link-router'
import { readDataDirFlag, DATA_DIR_ENV } from '../paths/resolve-data-dir'
import { liveInstanceOn, processAlive, type InstanceProbe } from './instance-record'

/**
 * A workbench started with --data-dir holds the single-instance lock of that folder only. A
 * workbench:// link or a file opened from outside starts the app again without the flag, on the
 * default folder, so it would open a second, empty workbench there. The instance on another
 * folder therefore leaves this record in the default folder, and such a start goes to it.
 */
const elsewhereRecord = z.object({
  pid: z.number().int().positive(),
  dataDir: z.string().min(1)
})

export const ELSEWHERE_FILE = 'instance-elsewhere.json'

/** Notes in the default folder that this process runs the workbench on `dataDir` (best effort). */
export function recordElsewhere(
  defaultDir: string,
  dataDir: string,
  pid: number,
  write: (file: string, text: string) => void = writeFileSync
): void {
  try {
    write(join(defaultDir, ELSEWHERE_FILE), `${JSON.stringify({ pid, dataDir })}\n`)
  } catch {
    // Links then open on the default folder, as before.
  }
}

/** Removes the record if it is still this process's (another instance may have written since). */
export function forgetElsewhere(
  defaultDir: string,
  pid: number,
  deps: { read?: (file: string) => string; remove?: (file: string) => void } = {}
): void {
  const file = join(defaultDir, ELSEWHERE_FILE)
  const read = deps.read ?? ((f: string) => readFileSync(f, 'utf-8'))
  const remove = deps.remove ?? ((f: string) => rmSync(f, { force: true }))
  try {
    const parsed = elsewhereRecord.safeParse(JSON.parse(read(file)))
    if (parsed.success && parsed.data.pid === pid) remove(file)
  } catch {
    // Nothing to forget.
  }
}

function readJson(read: (file: string) => string, file: string): unknown {
  try {
    return JSON.parse(read(file))
  } catch {
    return undefined
  }
}

/**
 * The data folder a start without --data-dir should use instead of the default one: that of a
 * live workbench on another folder, when this start only carries a link or files to open and no
 * workbench runs on the default folder. Undefined otherwise (the default folder, as before).
 */
export function forwardedDataDir(
  sources: {
    argv: readonly string[]
    env: Readonly<Record<string, string | undefined>>
    defaultDir: string
    selfPid: number
    /** Files among the arguments (filesFromArgv), which the app would import. */
    files: readonly string[]
  },
  deps: InstanceProbe = {}
): string | undefined {
  const read = deps.read ?? ((f: string) => readFileSync(f, 'utf-8'))
  const alive = deps.alive ?? ((pid: number) => processAlive(pid))
  // A folder chosen explicitly is always honoured.
  if (readDataDirFlag(sources.argv) !== undefined || sources.env[DATA_DIR_ENV]?.trim()) return
  // A plain start opens the default workbench, even while another folder's runs.
  if (linkFromArgv(sources.argv) === null && sources.files.length === 0) return
  const live = (pid: number): boolean => pid !== sources.selfPid && alive(pid)
  // The default folder's own workbench takes links when it runs.
  if (liveInstanceOn(sources.defaultDir, sources.selfPid, { read, alive })) return
  const there = elsewhereRecord.safeParse(readJson(read, join(sources.defaultDir, ELSEWHERE_FILE)))
  if (!there.success || !live(there.data.pid)) return
  return there.data.dataDir
}
