export declare function sandboxRemedy(sandboxPath: string): string
export declare function sandboxHelperPath(electronBinary: string): string
export declare function linuxSandboxProblem(options: {
  sandboxPath: string
  platform?: NodeJS.Platform
  isRoot?: boolean
  readText?: (file: string) => string
  statFile?: (file: string) => { uid: number; mode: number }
}): string | null
