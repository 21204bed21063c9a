import { writeFileSync } from 'node:fs'

/**
 * Tells `npm start` (scripts/start.mjs) that this main process got as far as "ready": the file it
 * names in WORKBENCH_STARTED_FILE is created. A failure before it is one where Electron could not
 * start at all (on Linux most often the sandbox, which aborts before any of this code runs), and
 * `npm start` then explains and starts browser mode instead. Only an unpackaged app does this: an
 * installed one never writes where its environment points.
 */
export function announceStarted(
  env: NodeJS.ProcessEnv,
  isPackaged: boolean,
  write: (file: string, text: string) => void = writeFileSync
): void {
  const file = env['WORKBENCH_STARTED_FILE']
  if (isPackaged || !file) return
  try {
    write(file, '')
  } catch {
    // Only the launcher's fallback is lost: it then takes a later failure for an early one.
  }
}
