import type { IpcRenderer, IpcRendererEvent } from 'electron'
import type {
  IpcChannel,
  IpcRequest,
  IpcEvents,
  IpcResponse,
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

  // Registered now, not on the first subscription: main sends a link that started the app, or a
  // menu command chosen with no window open, as soon as the page has loaded, which can be before
  // the renderer has subscribed.
  const links = createInbox(ipc, 'app:open-link')
  const menuCommands = createInbox(ipc, 'menu:command')
  const files = createInbox(ipc, 'app:open-file', isFileFromOutside)

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
    onMenuCommand: (listener) => menuCommands.subscribe(listener),
    onSnapshotRequest: (listener) => {
      const forward = (_event: IpcRendererEvent, reason: SnapshotRequestReason): void => {
        if (reason === 'quit' || reason === 'change') listener(reason)
      }
      ipc.on('snapshot:request', forward)
      return () => {
        ipc.removeListener('snapshot:request', forward)
      }
    },
    onOpenLink: (listener) => links.subscribe(listener),
    onOpenFile: (listener) => files.subscribe(listener)
  } satisfies WorkbenchApi
}

/**
 * Holds what main sends on `channel` until someone listens, then passes each on as it comes;
 * anything `accept` refuses is dropped. The IPC event object (which holds `sender`) stays in the
 * preload.
 */
function createInbox<C extends 'app:open-link' | 'menu:command' | 'app:open-file'>(
  ipc: IpcRendererLike,
  channel: C,
  accept: (message: unknown) => boolean = (message) => typeof message === 'string'
) {
  type Message = IpcEvents[C]
  const listeners = new Set<(message: Message) => void>()
  const held: Message[] = []
  ipc.on(channel, (_event: IpcRendererEvent, message: Message) => {
    if (!accept(message)) return
    if (listeners.size === 0) held.push(message)
    for (const listener of listeners) listener(message)
  })
  return {
    subscribe(listener: (message: Message) => void): () => void {
      listeners.add(listener)
      for (const message of held.splice(0)) listener(message)
      return () => {
        listeners.delete(listener)
      }
    }
  }
}

/** A file from main: a name, and its bytes or why they could not be read. */
function isFileFromOutside(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false
  const m = message as Record<string, unknown>
  return (
    typeof m['fileName'] === 'string' &&
    (m['bytes'] instanceof Uint8Array || typeof m['error'] === 'string')
  )
}
