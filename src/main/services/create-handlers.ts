import type {
  BaseWindow,
  Dialog,
  NativeTheme,
  OpenDialogOptions,
  OpenDialogReturnValue,
  Shell
} from 'electron'
import type { ThemePreference } from '@shared/ipc-contract'
import type { Result } from '@shared/result'
import type { IpcHandlers } from '../ipc/register-handlers'
import { getAppInfo } from './app-info'
import { openArticleFile } from './article-file'
import { openBackupFile } from './backup-file'
import type { PendingWrites } from './pending-writes'
import { createDialogFolders, type DialogKind } from './dialog-folders'
import { saveExportFile } from './export-file'
import type { PrintDocuments } from '../protocol/print-documents'
import { printHtmlToPdf, type CreatePdfWindow } from './print-pdf'
import { revealDataFolder } from './reveal-data-folder'
import { createSnapshotStore, snapshotFolder } from './snapshots/snapshot-store'

/** Everything the handlers touch, injected so they run under Node in tests. */
export interface HandlerDeps {
  appVersion: string
  dataDir: string
  /** Where the first export dialog opens (the user's Documents). */
  documentsDir: string
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>
  shell: Pick<Shell, 'openPath'>
  nativeTheme: Pick<NativeTheme, 'themeSource'>
  /** Dialogs are attached to this window so they are modal to it. */
  getParentWindow: () => BaseWindow | null
  onThemeChanged?: (theme: ThemePreference) => void
  /** Opens the hidden window a brief is printed to PDF in. */
  createPdfWindow: CreatePdfWindow
  /** Where the print window's brief is held while it prints (its session's app:// handler). */
  printDocuments: Pick<PrintDocuments, 'add'>
  /** Checks a snapshot read back from disk: the backup format's parser. */
  verifySnapshot: (text: string) => Result<unknown>
  /** The renderer answered a quit request (snapshot written, failed or skipped): close now. */
  onQuitSnapshotAnswered?: () => void
  /** The quit snapshot reached the main process and is being checked and written. */
  onQuitSnapshotWriting?: () => void
  /** Snapshot writes quitting waits for (will-quit, index.ts). */
  pendingWrites?: Pick<PendingWrites, 'track'>
  now?: () => Date
}

/** The production handler for every IPC channel. */
export function createHandlers(deps: HandlerDeps): IpcHandlers {
  const folders = createDialogFolders({ dataDir: deps.dataDir, defaultDir: deps.documentsDir })
  const snapshots = createSnapshotStore({
    dir: snapshotFolder(deps.dataDir),
    now: deps.now ?? (() => new Date()),
    verify: deps.verifySnapshot
  })
  // Each open dialog starts where that kind was last used, and remembers the folder picked.
  const showOpenDialogFor =
    (kind: DialogKind) =>
    async (options: OpenDialogOptions): Promise<OpenDialogReturnValue> => {
      const parent = deps.getParentWindow()
      const inFolder = { ...options, defaultPath: folders.folderFor(kind) }
      const result = parent
        ? await deps.dialog.showOpenDialog(parent, inFolder)
        : await deps.dialog.showOpenDialog(inFolder)
      const picked = result.filePaths[0]
      if (!result.canceled && picked !== undefined) folders.remember(kind, picked)
      return result
    }

  return {
    'app:get-info': () =>
      getAppInfo({
        appVersion: deps.appVersion,
        dataDir: deps.dataDir,
        versions: process.versions,
        platform: process.platform
      }),

    'article:open-file': () => openArticleFile(showOpenDialogFor('import')),

    'backup:open-file': () => openBackupFile(showOpenDialogFor('backup')),

    'export:save-file': async (request) => {
      const saved = await saveExportFile(request, {
        defaultDir: folders.folderFor('export'),
        showSaveDialog: (options) => {
          const parent = deps.getParentWindow()
          return parent
            ? deps.dialog.showSaveDialog(parent, options)
            : deps.dialog.showSaveDialog(options)
        }
      })
      if (saved) folders.remember('export', saved.path)
      return saved
    },

    'export:print-pdf': (request) =>
      printHtmlToPdf(request.html, deps.createPdfWindow, deps.printDocuments),

    'data:reveal-folder': () => revealDataFolder((path) => deps.shell.openPath(path), deps.dataDir),

    'window:set-theme': (theme) => {
      deps.nativeTheme.themeSource = theme
      deps.onThemeChanged?.(theme)
    },

    'snapshot:write': async (request) => {
      try {
        if (request.reason === 'quit') deps.onQuitSnapshotWriting?.()
        const write = snapshots.write(request.data)
        return await (deps.pendingWrites ? deps.pendingWrites.track(write) : write)
      } finally {
        // Success or failure, the renderer has done what it could: the window may close.
        if (request.reason === 'quit') deps.onQuitSnapshotAnswered?.()
      }
    },

    'snapshot:list': () => snapshots.list(),

    'snapshot:read': (request) => snapshots.read(request.name),

    'snapshot:skip': () => deps.onQuitSnapshotAnswered?.()
  }
}
