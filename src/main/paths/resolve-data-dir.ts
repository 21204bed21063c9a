import { isAbsolute, resolve } from 'node:path'

export const DATA_DIR_FLAG = '--data-dir'
export const DATA_DIR_ENV = 'WORKBENCH_DATA_DIR'

export interface DataDirSources {
  argv: readonly string[]
  env: Readonly<Record<string, string | undefined>>
  /** Used when neither the flag nor the environment names a folder. */
  defaultDir: string
  /** Base for relative overrides, so `--data-dir ./tmp` means what the shell user expects. */
  cwd: string
}

/** The value of `--data-dir <path>` or `--data-dir=<path>` (last one wins), or undefined. */
export function readDataDirFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === DATA_DIR_FLAG) {
      const next = argv[i + 1]
      // A following flag is not a path: `--data-dir --inspect` must not swallow `--inspect`.
      if (next !== undefined && !next.startsWith('--')) {
        found = next
        i++
      }
    } else if (arg?.startsWith(`${DATA_DIR_FLAG}=`)) {
      found = arg.slice(DATA_DIR_FLAG.length + 1)
    }
  }
  return found?.trim() === '' ? undefined : found
}

/** Flag beats environment beats default; the result is always absolute (app.setPath requires it). */
export function resolveDataDir(sources: DataDirSources): string {
  const fromEnv = sources.env[DATA_DIR_ENV]?.trim()
  const chosen = readDataDirFlag(sources.argv) ?? (fromEnv ? fromEnv : undefined)
  if (chosen === undefined) return resolve(sources.defaultDir)
  return isAbsolute(chosen) ? resolve(chosen) : resolve(sources.cwd, chosen)
}
