import type {
  FileFromOutside,
  IpcChannel,
  IpcRequest,
  IpcResponse,
  MenuCommand,
  SnapshotRequestReason
} from './ipc-contract'
import type { Result } from './result'

type Method<C extends IpcChannel> =
  IpcRequest<C> extends undefined
    ? () => Promise<Result<IpcResponse<C>>>
    : (request: IpcRequest<C>) => Promise<Result<IpcResponse<C>>>

/** What the preload exposes as `window.workbench`: one named method per channel, nothing else. */
export interface WorkbenchApi {
  getInfo: Method<'app:get-info'>
  openArticleFile: Method<'article:open-file'>
  saveFile: Method<'export:save-file'>
  printPdf: Method<'export:print-pdf'>
  openBackupFile: Method<'backup:open-file'>
  revealDataFolder: Method<'data:reveal-folder'>
  setTheme: Method<'window:set-theme'>
  writeSnapshot: Method<'snapshot:write'>
  listSnapshots: Method<'snapshot:list'>
  readSnapshot: Method<'snapshot:read'>
  skipSnapshot: Method<'snapshot:skip'>
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void
  /** Subscribes to main's requests for a final snapshot (before closing); returns the unsubscribe. */
  onSnapshotRequest: (listener: (reason: SnapshotRequestReason) => void) => () => void
  /**
   * Subscribes to workbench:// links opened from outside (another app, the OS); links that
   * arrived before the first subscriber are delivered to it. Returns the unsubscribe function.
   */
  onOpenLink: (listener: (link: string) => void) => () => void
  /**
   * Subscribes to files the OS asked the app to open; those that arrived before the first
   * subscriber are delivered to it. Returns the unsubscribe function.
   */
  onOpenFile: (listener: (file: FileFromOutside) => void) => () => void
}
