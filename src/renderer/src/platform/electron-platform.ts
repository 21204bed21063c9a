import type { WorkbenchApi } from '@shared/workbench-api'
import type { Platform } from './platform'

/** The desktop app: every call goes through the preload's named methods to the main process. */
export function createElectronPlatform(api: WorkbenchApi): Platform {
  return {
    kind: 'electron',
    getInfo: () => api.getInfo(),
    openArticleFile: () => api.openArticleFile(),
    saveFile: (request) => api.saveFile(request),
    printPdf: (request) => api.printPdf(request),
    openBackupFile: () => api.openBackupFile(),
    revealDataFolder: () => api.revealDataFolder(),
    setTheme: (theme) => api.setTheme(theme),
    writeSnapshot: (request) => api.writeSnapshot(request),
    listSnapshots: () => api.listSnapshots(),
    readSnapshot: (request) => api.readSnapshot(request),
    skipSnapshot: (request) => api.skipSnapshot(request),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onSnapshotRequest: (listener) => api.onSnapshotRequest(listener),
    onOpenLink: (listener) => api.onOpenLink(listener)
  }
}
