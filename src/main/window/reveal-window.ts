import type { BrowserWindow, MessageBoxOptions, RenderProcessGoneDetails } from 'electron'
import { APP_NAME } from '../app-identity'

/** Shown even without ready-to-show after this long: a page that never paints is still a window. */
export const SHOW_ANYWAY_MS = 10_000

export interface RevealDeps {
  showMessageBox: (win: BrowserWindow, options: MessageBoxOptions) => Promise<{ response: number }>
  quit: () => void
}

/** Why the page stopped, as the analyst reads it. */
export function goneReason(reason: RenderProcessGoneDetails['reason']): string {
  switch (reason) {
    case 'oom':
      return 'It ran out of memory'
    case 'killed':
      return 'It was ended by the system or another program'
    case 'launch-failed':
      return 'It could not be started'
    case 'integrity-failure':
      return 'Its code failed an integrity check'
    case 'memory-eviction':
      // Windows ends pages to free memory when the computer runs short of it.
      return 'The system ended it to free memory'
    case 'crashed':
    default:
      return 'It crashed'
  }
}

/**
 * Shows the window when its first frame is ready (no white flash), and also when the page fails
 * to load or its process dies before that, or after SHOW_ANYWAY_MS: otherwise the app would run
 * with no window anyone can see. A page process that dies at any time is said in a dialog that
 * offers to reload it or quit.
 */
export function revealWindow(win: BrowserWindow, deps: RevealDeps): void {
  let shown = false
  const show = (): void => {
    if (shown || win.isDestroyed()) return
    shown = true
    win.show()
  }
  win.once('ready-to-show', show)
  const timer = setTimeout(show, SHOW_ANYWAY_MS)
  timer.unref?.()
  win.on('closed', () => clearTimeout(timer))
  win.webContents.on('did-fail-load', (_event, _code, _description, _url, isMainFrame) => {
    if (isMainFrame) show()
  })
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || win.isDestroyed()) return
    show()
    void deps
      .showMessageBox(win, {
        type: 'error',
        title: APP_NAME,
        message: 'The workbench page stopped.',
        detail: `${goneReason(details.reason)}. Reloading opens the workbench again with everything that was saved.`,
        buttons: ['Reload', 'Quit'],
        defaultId: 0,
        cancelId: 1,
        noLink: true
      })
      .then(({ response }) => {
        if (win.isDestroyed()) return
        if (response === 0) win.webContents.reload()
        else deps.quit()
      })
  })
}
