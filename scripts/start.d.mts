export interface StartOptions {
  port: number
  dataDir: string | undefined
  build: boolean
  browser: boolean
  help: boolean
}
export declare const PROJECT_ROOT: string
export declare const INSTALL_TIMEOUT_MS: number
export declare const BROWSER_MODE_SENTENCE: string
export declare const USAGE: string
export declare function parseStartArgs(argv: string[], env?: NodeJS.ProcessEnv): StartOptions
export declare function browserDataNotice(options: {
  url: string
  dataDir: string
  chosenBy: '--data-dir' | 'WORKBENCH_DATA_DIR' | null
}): string
export declare function electronArgs(options: {
  dataDir: string
  explicit: boolean
  platform?: NodeJS.Platform
  isRoot?: boolean
}): string[]
export declare function main(argv: string[]): Promise<number>
export declare function earlyExitExplanation(options: {
  code: number | null
  signal: string | null
  platform?: NodeJS.Platform
  /** Why the sandbox cannot start here (linuxSandboxProblem), when that was found. */
  sandboxProblem?: string | null
  /** Whether DISPLAY or WAYLAND_DISPLAY is set. */
  hasDisplay?: boolean
}): string
