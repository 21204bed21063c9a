import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand, ThemePreference } from '@shared/ipc-contract'
import { APP_NAME } from '../app-identity'

export interface MenuTemplateOptions {
  platform: NodeJS.Platform
  /** Adds the developer tools toggle. */
  isDev: boolean
  /** Which Theme radio item is checked. */
  theme: ThemePreference
  /** Forwards a command to the renderer (the focused window). */
  sendCommand: (command: MenuCommand) => void
  /** Handled in main: needs no renderer. */
  revealDataFolder: () => void
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

/** The application menu as plain data, so tests can inspect it without Electron. */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { sendCommand } = options
  const isMac = options.platform === 'darwin'
  const command = (name: MenuCommand) => () => sendCommand(name)

  const themeItem = (label: string, theme: ThemePreference): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: options.theme === theme,
    click: command(`theme-${theme}`)
  })

  const about: MenuItemConstructorOptions = {
    label: `About ${APP_NAME}`,
    click: command('show-about')
  }

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: APP_NAME,
          submenu: [
            about,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' }
          ]
        }
      ]
    : []

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Import article…', accelerator: 'CmdOrCtrl+O', click: command('import-article') },
      {
        label: 'Paste as new article',
        accelerator: 'CmdOrCtrl+Shift+V',
        click: command('paste-article')
      },
      separator,
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: command('export') },
      { label: 'Back up…', click: command('back-up') },
      { label: 'Restore from backup…', click: command('restore-backup') },
      { label: 'Restore from a snapshot…', click: command('restore-snapshot') },
      separator,
      { label: 'Reveal data folder', click: () => options.revealDataFolder() },
      separator,
      // macOS keeps Quit in the app menu; File ends with Close there.
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' }
    ]
  }

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      separator,
      { role: 'selectAll' }
    ]
  }

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      {
        label: 'Theme',
        submenu: [
          themeItem('System', 'system'),
          themeItem('Light', 'light'),
          themeItem('Dark', 'dark')
        ]
      },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(options.isDev
        ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
        : [])
    ]
  }

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      { label: 'Keyboard shortcuts', accelerator: 'F1', click: command('show-shortcuts') },
      // A menu item has one accelerator; this hidden twin gives Ctrl+/ the same action.
      {
        label: 'Keyboard shortcuts',
        accelerator: 'CmdOrCtrl+/',
        visible: false,
        acceleratorWorksWhenHidden: true,
        click: command('show-shortcuts')
      },
      ...(isMac ? [] : [separator, about])
    ]
  }

  // macOS apps have a Window menu (Minimize, Zoom, Bring All to Front, the window list).
  const window: MenuItemConstructorOptions[] = isMac ? [{ role: 'windowMenu' }] : []

  return [...appMenu, file, edit, view, ...window, help]
}
