import { app, BrowserWindow, clipboard, dialog, Menu, nativeTheme, screen, shell } from 'electron'
import { APP_NAME } from '../app-identity'
import { installContextMenu } from '../menu/install-context-menu'
import { hardenWebContents } from '../security/harden-web-contents'
import { revealWindow } from './reveal-window'
import { buildWebPreferences } from './web-preferences'
import { clampWindowState, MIN_WINDOW_SIZE, type Rect } from './window-state'
import { loadWindowState, saveWindowState, trackWindowState } from './window-state-store'
import { markWorkbenchWindow } from './workbench-windows'

export interface MainWindowOptions {
  /** Absolute path of the bundled CommonJS preload (out/preload/index.cjs). */
  preloadPath: string
  /** app://workbench/index.html, or the dev server's URL under `electron-vite dev`. */
  url: string
  /** Origin of `url`; navigation anywhere else is refused. */
  allowedOrigin: string
  /** Where window-state.json lives. */
  dataDir: string
}

/** The page's --bg in its light and dark themes (styles.css). */
export const LIGHT_BACKGROUND = '#f6f5f2'
export const DARK_BACKGROUND = '#15171a'

function displayWorkAreas(): Rect[] {
  const primary = screen.getPrimaryDisplay()
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id)
  return [primary.workArea, ...others.map((display) => display.workArea)]
}

/** Creates the workbench window: secure webPreferences, remembered bounds, locked-down navigation. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = clampWindowState(loadWindowState(options.dataDir), displayWorkAreas())
  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: APP_NAME,
    // Shown on its first frame (revealWindow) so the user never sees an empty frame; painted in
    // the page's own background meanwhile, so a dark desktop gets no white flash either.
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? DARK_BACKGROUND : LIGHT_BACKGROUND,
    webPreferences: buildWebPreferences(options.preloadPath)
  })
  markWorkbenchWindow(win)
  if (state.isMaximized) win.maximize()
  revealWindow(win, {
    showMessageBox: (parent, box) => dialog.showMessageBox(parent, box),
    quit: () => app.quit()
  })

  hardenWebContents(win.webContents, {
    allowedOrigin: options.allowedOrigin,
    openExternal: (url) => shell.openExternal(url)
  })
  trackWindowState(win, (next) => saveWindowState(options.dataDir, next))
  installContextMenu(win, { Menu, clipboard })

  win.loadURL(options.url).catch((error: unknown) => {
    console.error(`Could not load ${options.url}:`, error)
  })
  return win
}
