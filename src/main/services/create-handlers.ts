import type { BaseWindow, Dialog, NativeTheme, Shell } from 'electron'
import type { ThemePreference } from '../../shared/ipc-contract'
import type { IpcHandlers } from '../ipc/register-handlers'
import { getAppInfo } from './app-info'
import { openArticleFile } from './article-file'
import { folderOf, saveExportFile } from './export-file'
import { printHtmlToPdf, type CreatePdfWindow } from './print-pdf'
import { revealDataFolder } from './reveal-data-folder'

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
}

/** The production handler for every IPC channel. */
export function createHandlers(deps: HandlerDeps): IpcHandlers {
  let exportDir = deps.documentsDir

  return {
    'app:get-info': () =>
      getAppInfo({
        appVersion: deps.appVersion,
        dataDir: deps.dataDir,
        versions: process.versions,
        platform: process.platform
      }),

    'article:open-file': () =>
      openArticleFile((options) => {
        const parent = deps.getParentWindow()
        return parent
          ? deps.dialog.showOpenDialog(parent, options)
          : deps.dialog.showOpenDialog(options)
      }),

    'export:save-file': async (request) => {
      const saved = await saveExportFile(request, {
        defaultDir: exportDir,
        showSaveDialog: (options) => {
          const parent = deps.getParentWindow()
          return parent
            ? deps.dialog.showSaveDialog(parent, options)
            : deps.dialog.showSaveDialog(options)
        }
      })
      if (saved) exportDir = folderOf(saved.path)
      return saved
    },

    'export:print-pdf': (request) => printHtmlToPdf(request.html, deps.createPdfWindow),

    'data:reveal-folder': () => revealDataFolder((path) => deps.shell.openPath(path), deps.dataDir),

    'window:set-theme': (theme) => {
      deps.nativeTheme.themeSource = theme
      deps.onThemeChanged?.(theme)
    }
  }
}
