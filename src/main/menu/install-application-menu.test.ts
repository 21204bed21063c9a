import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const focused = { isDestroyed: () => false, webContents: { send: vi.fn() } }
  return {
    focused,
    focusedWindow: null as typeof focused | null,
    setApplicationMenu: vi.fn(),
    buildFromTemplate: vi.fn((template: unknown) => ({ template }))
  }
})

vi.mock('electron', () => ({
  BrowserWindow: {
    getFocusedWindow: () => electron.focusedWindow,
    getAllWindows: () => [] as unknown[]
  },
  Menu: {
    buildFromTemplate: electron.buildFromTemplate,
    setApplicationMenu: electron.setApplicationMenu
  }
}))

import { installApplicationMenu, sendMenuCommand } from './install-application-menu'

beforeEach(() => {
  vi.clearAllMocks()
  electron.focusedWindow = electron.focused
})

describe('installApplicationMenu', () => {
  it('sets the built menu as the application menu', () => {
    installApplicationMenu({
      platform: 'linux',
      isDev: false,
      theme: 'system',
      revealDataFolder: () => undefined
    })
    expect(electron.buildFromTemplate).toHaveBeenCalledTimes(1)
    expect(electron.setApplicationMenu).toHaveBeenCalledWith(
      expect.objectContaining({ template: expect.any(Array) as unknown })
    )
  })
})

describe('sendMenuCommand', () => {
  it('sends menu:command to the focused window', () => {
    sendMenuCommand('export')
    expect(electron.focused.webContents.send).toHaveBeenCalledWith('menu:command', 'export')
  })

  it('does nothing without a window', () => {
    electron.focusedWindow = null
    sendMenuCommand('export')
    expect(electron.focused.webContents.send).not.toHaveBeenCalled()
  })

  it('opens a window for a command chosen with none open, and sends it once its page has loaded', () => {
    electron.focusedWindow = null
    const loaded: (() => void)[] = []
    const opened = {
      isDestroyed: () => false,
      webContents: {
        send: vi.fn(),
        once: (event: string, listener: () => void) => {
          if (event === 'did-finish-load') loaded.push(listener)
        }
      }
    }
    const openWindow = vi.fn(() => opened as never)
    sendMenuCommand('import-article', openWindow)
    expect(openWindow).toHaveBeenCalledTimes(1)
    expect(opened.webContents.send).not.toHaveBeenCalled()
    loaded.forEach((l) => l())
    expect(opened.webContents.send).toHaveBeenCalledWith('menu:command', 'import-article')
  })
})
