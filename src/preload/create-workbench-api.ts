import type { IpcRenderer, IpcRendererEvent } from 'electron'
import type {
  IpcChannel,
  IpcRequest,
  IpcResponse,
  MenuCommand,
  SnapshotRequestReason
} from '@shared/ipc-contract'
import type { Result } from '@shared/result'
import type { WorkbenchApi } from '@shared/workbench-api'

// Type-only imports from shared: a sandboxed preload can require nothing but 'electron', so
// zod (imported by the contract) must never end up in this bundle.

export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>

/**
 * Builds `window.workbench`: one named method per channel. The renderer gets functions that
 * close over ipcRenderer, never ipcRenderer itself, so it can reach no other channel.
 */
export function createWorkbenchApi(ipc: IpcRendererLike) {
  const invoke = <C extends IpcChannel>(
    channel: C,
    ...request: IpcRequest<C> extends undefined ? [] : [IpcRequest<C>]
  ): Promise<Result<IpcResponse<C>>> => ipc.invoke(channel, ...request)

  // Registered now, not on the first subscription: main sends a link that started the app as
  // soon as the page has loaded, which can be before the renderer has subscribed.
  const links = createLinkInbox(ipc)

  return {
    getInfo: () => invoke('app:get-info'),
    openArticleFile: () => invoke('article:open-file'),
    saveFile: (request) => invoke('export:save-file', request),
    printPdf: (request) => invoke('export:print-pdf', request),
    openBackupFile: () => invoke('backup:open-file'),
    revealDataFolder: () => invoke('data:reveal-folder'),
    setTheme: (theme) => invoke('window:set-theme', theme),
    writeSnapshot: (request) => invoke('snapshot:write', request),
    listSnapshots: () => invoke('snapshot:list'),
    readSnapshot: (request) => invoke('snapshot:read', request),
    skipSnapshot: (request) => invoke('snapshot:skip', request),
    onMenuCommand: (listener) => {
      // The IPC event object (which holds `sender`) stays in the preload.
      const forward = (_event: IpcRendererEvent, command: MenuCommand): void => {
        if (typeof command === 'string') listener(command)
      }
      ipc.on('menu:command', forward)
      return () => {
        ipc.removeListener('menu:command', forward)
      }
    },
    onSnapshotRequest: (listener) => {
      const forward = (_event: IpcRendererEvent, reason: SnapshotRequestReason): void => {
        if (reason === 'quit' || reason === 'change') listener(reason)
      }
      ipc.on('snapshot:request', forward)
      return () => {
        ipc.removeListener('snapshot:request', forward)
      }
    },
    onOpenLink: (listener) => links.subscribe(listener)
  } satisfies WorkbenchApi
}

/** Holds links from main until someone listens, then passes each on as it comes. */
function createLinkInbox(ipc: IpcRendererLike) {
  const listeners = new Set<(link: string) => void>()
  const held: string[] = []
  ipc.on('app:open-link', (_event: IpcRendererEvent, link: string) => {
    if (typeof link !== 'string') return
    if (listeners.size === 0) held.push(link)
    for (const listener of listeners) listener(link)
  })
  return {
    subscribe(listener: (link: string) => void): () => void {
      listeners.add(listener)
      for (const link of held.splice(0)) listener(link)
      return () => {
        listeners.delete(listener)
      }
    }
  }
}
