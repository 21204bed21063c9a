import { Menu, type BrowserWindow } from 'electron'
import { commandTarget } from '../window/workbench-windows'
import type { IpcEvents, MenuCommand } from '@shared/ipc-contract'
import { buildMenuTemplate, type MenuTemplateOptions } from './menu-template'

/**
 * Sends a menu command to the focused workbench window (or the first one, if none has focus).
 * With no window (macOS keeps the app and its menu after the last window closes) one is opened
 * and the command sent once its page has loaded; its preload holds the command until the
 * workbench listens (create-workbench-api.ts).
 */
export function sendMenuCommand(command: MenuCommand, openWindow?: () => BrowserWindow): void {
  const payload: IpcEvents['menu:command'] = command
  // Never the hidden window a PDF is printed in: the command would be lost there.
  const target = commandTarget()
  if (target) {
    target.webContents.send('menu:command', payload)
    return
  }
  if (!openWindow) return
  const opened = openWindow()
  opened.webContents.once('did-finish-load', () => {
    if (!opened.isDestroyed()) opened.webContents.send('menu:command', payload)
  })
}

/** Builds and installs the application menu; call again to refresh it (e.g. the theme radio). */
export function installApplicationMenu(
  options: Omit<MenuTemplateOptions, 'sendCommand'> & {
    /** Opens a workbench window for a command chosen while none is open. */
    openWindow?: () => BrowserWindow
  }
): void {
  const { openWindow, ...menu } = options
  const template = buildMenuTemplate({
    ...menu,
    sendCommand: (command) => sendMenuCommand(command, openWindow)
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
