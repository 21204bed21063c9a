export interface PlatformOptions {
  platform?: NodeJS.Platform
  env?: NodeJS.ProcessEnv
}
export declare const CHROMIUM_ENV_VARS: string[]
export declare const CHROMIUM_NAMES: string[]
export declare function isExecutableFile(file: string): boolean
export declare function installLocations(options?: PlatformOptions & { home?: string }): string[]
export declare function pathCandidates(options?: PlatformOptions): string[]
export declare function findChromium(
  options?: PlatformOptions & { home?: string; isExecutable?: (file: string) => boolean }
): { path: string | null; source: string | null; ignored: string[] }
export declare function hasDisplay(options?: PlatformOptions): boolean
export declare function chromiumArgs(options: {
  url: string
  profileDir: string
  platform?: NodeJS.Platform
  isRoot?: boolean
}): string[]
