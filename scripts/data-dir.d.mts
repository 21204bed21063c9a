export declare const APP_NAME: string
export interface DataDirOptions {
  platform?: NodeJS.Platform
  env?: NodeJS.ProcessEnv
  home?: string
}
export declare function defaultDataDir(options?: DataDirOptions): string
export declare function resolveDataDir(
  options?: DataDirOptions & { flag?: string; cwd?: string }
): { dir: string; explicit: boolean }
export declare function ensureDataDir(dir: string): string
