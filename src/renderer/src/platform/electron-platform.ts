import type { WorkbenchApi } from '../../../shared/workbench-api'
import type { Platform } from './platform'

/** The desktop app: every call goes through the preload's named methods to the main process. */
export function createElectronPlatform(api: WorkbenchApi): Platform {
  return {
    kind: 'electron',
    getInfo: () => api.getInfo(),
    openArticleFile: () => api.openArticleFile(),
    saveFile: (request) => api.saveFile(request),
    printPdf: (request) => api.printPdf(request),
    revealDataFolder: () => api.revealDataFolder(),
    setTheme: (theme) => api.setTheme(theme),
    onMenuCommand: (listener) => api.onMenuCommand(listener)
  }
}
