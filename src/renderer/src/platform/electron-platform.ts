import { ok, type Result } from '@shared/result'
import type { WorkbenchApi } from '@shared/workbench-api'
import type { Platform } from './platform'

/** The desktop app: every call goes through the preload's named methods to the main process. */
export function createElectronPlatform(api: WorkbenchApi): Platform {
  return {
    kind: 'electron',
    getInfo: () => api.getInfo(),
    openArticleFile: () => api.openArticleFile(),
    // A Blob cannot cross IPC: its bytes are read (off the page's thread) and sent as bytes,
    // which main writes as they are.
    saveFile: async (request) =>
      request.data instanceof Blob
        ? api.saveFile({ ...request, data: new Uint8Array(await request.data.arrayBuffer()) })
        : api.saveFile({ ...request, data: request.data }),
    printPdf: (request) => api.printPdf(request),
    // Main sends the file's bytes undecoded; they are transferred on to the backup worker.
    openBackupFile: async () => {
      const opened = await api.openBackupFile()
      if (!opened.ok || !opened.value) return opened as Result<null>
      return ok({ fileName: opened.value.fileName, data: opened.value.bytes })
    },
    revealDataFolder: () => api.revealDataFolder(),
    setTheme: (theme) => api.setTheme(theme),
    writeSnapshot: async (request) =>
      request.data instanceof Blob
        ? api.writeSnapshot({ ...request, data: new Uint8Array(await request.data.arrayBuffer()) })
        : api.writeSnapshot({ ...request, data: request.data }),
    listSnapshots: () => api.listSnapshots(),
    readSnapshot: (request) => api.readSnapshot(request),
    skipSnapshot: (request) => api.skipSnapshot(request),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onSnapshotRequest: (listener) => api.onSnapshotRequest(listener),
    onOpenLink: (listener) => api.onOpenLink(listener),
    onOpenFile: (listener) => api.onOpenFile(listener)
  }
}
