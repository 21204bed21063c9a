import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, type MenuTemplateOptions } from './menu-template'

vi.mock('electron', () => ({}))

function build(overrides: Partial<MenuTemplateOptions> = {}) {
  const sendCommand = vi.fn()
  const revealDataFolder = vi.fn()
  const template = buildMenuTemplate({
    platform: 'linux',
    isDev: false,
    theme: 'system',
    sendCommand,
    revealDataFolder,
    ...overrides
  })
  return { template, sendCommand, revealDataFolder }
}

const submenuOf = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : []

const topLevel = (template: MenuItemConstructorOptions[], label: string) =>
  template.find((item) => item.label?.replace('&', '') === label)

function find(items: MenuItemConstructorOptions[], label: string) {
  return items.find((item) => item.label === label && item.visible !== false)
}

function click(item: MenuItemConstructorOptions | undefined): void {
  item?.click?.({} as never, undefined, {} as never)
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help', () => {
    const { template } = build()
    expect(template.map((item) => item.label?.replace('&', ''))).toEqual([
      'File',
      'Edit',
      'View',
      'Help'
    ])
  })

  it('File has the workbench commands with their shortcuts', () => {
    const { template, sendCommand, revealDataFolder } = build()
    const file = submenuOf(topLevel(template, 'File'))
    const expected: [string, string | undefined, string | undefined][] = [
      ['Import article…', 'CmdOrCtrl+O', 'import-article'],
      ['Paste as new article', 'CmdOrCtrl+Shift+V', 'paste-article'],
      ['Export…', 'CmdOrCtrl+E', 'export'],
      ['Back up…', undefined, 'back-up'],
      ['Restore from backup…', undefined, 'restore-backup'],
      ['Restore from a snapshot…', undefined, 'restore-snapshot']
    ]
    for (const [label, accelerator, command] of expected) {
      const item = find(file, label)
      expect(item, label).toBeDefined()
      expect(item?.accelerator).toBe(accelerator)
      click(item)
      expect(sendCommand).toHaveBeenLastCalledWith(command)
    }
    click(find(file, 'Reveal data folder'))
    expect(revealDataFolder).toHaveBeenCalledTimes(1)
    expect(file.some((item) => item.role === 'quit')).toBe(true)
  })

  it('Edit uses the standard roles', () => {
    const edit = submenuOf(topLevel(build().template, 'Edit'))
    const roles = edit.map((item) => item.role).filter(Boolean)
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
    )
  })

  it('View has the theme radio, zoom and full screen, and devtools only in dev', () => {
    const { template, sendCommand } = build({ theme: 'dark' })
    const view = submenuOf(topLevel(template, 'View'))
    const theme = submenuOf(find(view, 'Theme'))
    expect(theme.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['System', 'radio', false],
      ['Light', 'radio', false],
      ['Dark', 'radio', true]
    ])
    click(theme[1])
    expect(sendCommand).toHaveBeenLastCalledWith('theme-light')
    const roles = view.map((item) => item.role)
    expect(roles).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen'])
    )
    expect(roles).not.toContain('toggleDevTools')
    const devView = submenuOf(topLevel(build({ isDev: true }).template, 'View'))
    expect(devView.map((item) => item.role)).toContain('toggleDevTools')
  })

  it('Help has keyboard shortcuts on F1 and Ctrl+/, and About', () => {
    const { template, sendCommand } = build()
    const help = submenuOf(topLevel(template, 'Help'))
    const shortcuts = help.filter((item) => item.label === 'Keyboard shortcuts')
    expect(shortcuts.map((item) => item.accelerator).sort()).toEqual(['CmdOrCtrl+/', 'F1'])
    for (const item of shortcuts) {
      click(item)
      expect(sendCommand).toHaveBeenLastCalledWith('show-shortcuts')
    }
    click(find(help, 'About Analyst Workbench'))
    expect(sendCommand).toHaveBeenLastCalledWith('show-about')
  })

  it('on macOS puts About and Quit in the app menu', () => {
    const { template } = build({ platform: 'darwin' })
    expect(template[0]?.label).toBe('Analyst Workbench')
    const appMenu = submenuOf(template[0])
    expect(appMenu.some((item) => item.role === 'quit')).toBe(true)
    expect(find(appMenu, 'About Analyst Workbench')).toBeDefined()
    expect(submenuOf(topLevel(template, 'File')).some((item) => item.role === 'quit')).toBe(false)
  })

  it('on macOS has a Window menu before Help; elsewhere none', () => {
    const mac = build({ platform: 'darwin' }).template
    expect(mac.map((item) => item.role ?? item.label?.replace('&', ''))).toEqual([
      'Analyst Workbench',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'help'
    ])
    expect(build().template.some((item) => item.role === 'windowMenu')).toBe(false)
  })
})
