import { BrowserWindow, Menu } from 'electron'
import type { IpcEvents, MenuCommand } from '@shared/ipc-contract'
import { buildMenuTemplate, type MenuTemplateOptions } from './menu-template'

/** Sends a menu command to the focused workbench window (or the only one, if none has focus). */
export function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  if (!target || target.isDestroyed()) return
  const payload: IpcEvents['menu:command'] = command
  target.webContents.send('menu:command', payload)
}

/** Builds and installs the application menu; call again to refresh it (e.g. the theme radio). */
export function installApplicationMenu(options: Omit<MenuTemplateOptions, 'sendCommand'>): void {
  const template = buildMenuTemplate({ ...options, sendCommand: sendMenuCommand })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
