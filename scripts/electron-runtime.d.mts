export declare function electronPackageDir(fromDir?: string): string | null
export declare function resolveElectronBinary(options: {
  electronDir: string | null
  env?: NodeJS.ProcessEnv
  exists?: (file: string) => boolean
  readText?: (file: string) => string
}): { installed: boolean; binary: string | null }
export declare function installElectron(options: {
  electronDir: string
  timeoutMs?: number
  env?: NodeJS.ProcessEnv
  signal?: AbortSignal
}): Promise<{ ok: boolean; timedOut: boolean; code: number | null; output: string }>
