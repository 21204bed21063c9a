import type { AppInfo } from '@shared/ipc-contract'

export interface AppInfoSources {
  appVersion: string
  dataDir: string
  /** process.versions; `electron`/`chrome` are missing when run under plain Node (tests, smoke). */
  versions: Partial<Record<string, string>>
  platform: string
}

export function getAppInfo(sources: AppInfoSources): AppInfo {
  return {
    appVersion: sources.appVersion,
    electronVersion: sources.versions['electron'] ?? 'unknown',
    chromeVersion: sources.versions['chrome'] ?? 'unknown',
    platform: sources.platform,
    dataDir: sources.dataDir
  }
}
