import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const focused = { isDestroyed: () => false, webContents: { send: vi.fn() } }
  // The hidden window a PDF is printed in: a BrowserWindow too, never a workbench window.
  const printWindow = { isDestroyed: () => false, webContents: { send: vi.fn() } }
  return {
    focused,
    printWindow,
    focusedWindow: null as typeof focused | null,
    allWindows: [] as (typeof focused)[],
    setApplicationMenu: vi.fn(),
    buildFromTemplate: vi.fn((template: unknown) => ({ template }))
  }
})

vi.mock('electron', () => ({
  BrowserWindow: {
    getFocusedWindow: () => electron.focusedWindow,
    getAllWindows: () => electron.allWindows
  },
  Menu: {
    buildFromTemplate: electron.buildFromTemplate,
    setApplicationMenu: electron.setApplicationMenu
  }
}))

import { installApplicationMenu, sendMenuCommand } from './install-application-menu'
import { markWorkbenchWindow } from '../window/workbench-windows'

markWorkbenchWindow(electron.focused as never)

beforeEach(() => {
  vi.clearAllMocks()
  electron.focusedWindow = electron.focused
  electron.allWindows = [electron.focused]
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
    electron.allWindows = []
    sendMenuCommand('export')
    expect(electron.focused.webContents.send).not.toHaveBeenCalled()
  })

  it('goes to the workbench window, never to the hidden window a PDF is printed in', () => {
    electron.focusedWindow = electron.printWindow
    electron.allWindows = [electron.printWindow, electron.focused]
    sendMenuCommand('export')
    expect(electron.printWindow.webContents.send).not.toHaveBeenCalled()
    expect(electron.focused.webContents.send).toHaveBeenCalledWith('menu:command', 'export')
    // With only a print under way, the command opens a workbench window.
    electron.focusedWindow = null
    electron.allWindows = [electron.printWindow]
    const openWindow = vi.fn(
      () => ({ isDestroyed: () => false, webContents: { once: vi.fn() } }) as never
    )
    sendMenuCommand('export', openWindow)
    expect(openWindow).toHaveBeenCalledTimes(1)
    expect(electron.printWindow.webContents.send).not.toHaveBeenCalled()
  })

  it('opens a window for a command chosen with none open, and sends it once its page has loaded', () => {
    electron.focusedWindow = null
    electron.allWindows = []
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
