import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMainWindow, DARK_BACKGROUND, LIGHT_BACKGROUND } from './create-main-window'
import { buildWebPreferences } from './web-preferences'

const created = vi.hoisted(() => ({
  windows: [] as FakeWindow[],
  menus: [] as unknown[][],
  dark: false
}))

interface FakeWindow {
  options: Record<string, unknown>
  loadURL: ReturnType<typeof vi.fn>
  maximize: ReturnType<typeof vi.fn>
  webContents: { on: ReturnType<typeof vi.fn>; setWindowOpenHandler: ReturnType<typeof vi.fn> }
}

vi.mock('electron', () => {
  class BrowserWindow {
    options: Record<string, unknown>
    webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
    loadURL = vi.fn(() => Promise.resolve())
    maximize = vi.fn()
    on = vi.fn()
    once = vi.fn()
    show = vi.fn()
    constructor(options: Record<string, unknown>) {
      this.options = options
      created.windows.push(this as unknown as FakeWindow)
    }
  }
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }
  return {
    BrowserWindow,
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({
        popup: () => created.menus.push(template)
      })
    },
    clipboard: { writeText: vi.fn() },
    nativeTheme: {
      get shouldUseDarkColors() {
        return created.dark
      }
    },
    app: { quit: vi.fn() },
    dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 1 })) }
  }
})

let dataDir: string
beforeEach(async () => {
  created.windows.length = 0
  created.menus.length = 0
  created.dark = false
  dataDir = await mkdtemp(join(tmpdir(), 'main-window-'))
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

const options = () => ({
  preloadPath: '/app/out/preload/index.cjs',
  url: 'app://workbench/index.html',
  allowedOrigin: 'app://workbench',
  dataDir
})

describe('buildWebPreferences', () => {
  it('is the security baseline', () => {
    expect(buildWebPreferences('/p/index.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      partition: 'persist:workbench',
      preload: '/p/index.cjs'
    })
  })

  it('checks spelling only where it downloads nothing: macOS, not Windows or Linux', () => {
    expect(buildWebPreferences('/p', 'darwin').spellcheck).toBe(true)
    expect(buildWebPreferences('/p', 'win32').spellcheck).toBe(false)
    expect(buildWebPreferences('/p', 'linux').spellcheck).toBe(false)
  })
})

describe('createMainWindow', () => {
  it('creates the window with the secure webPreferences and loads the app origin', () => {
    createMainWindow(options())
    const win = created.windows[0]
    expect(win?.options['webPreferences']).toEqual(
      buildWebPreferences('/app/out/preload/index.cjs')
    )
    expect(win?.options['show']).toBe(false)
    expect(win?.loadURL).toHaveBeenCalledWith('app://workbench/index.html')
  })

  it('locks down navigation, new windows and webviews', () => {
    createMainWindow(options())
    const contents = created.windows[0]?.webContents
    const events = contents?.on.mock.calls.map((call) => call[0])
    expect(events).toEqual(expect.arrayContaining(['will-navigate', 'will-attach-webview']))
    expect(contents?.setWindowOpenHandler).toHaveBeenCalledTimes(1)
  })

  it('restores saved bounds and maximised state', async () => {
    await writeFile(
      join(dataDir, 'window-state.json'),
      JSON.stringify({ x: 40, y: 30, width: 1000, height: 700, isMaximized: true })
    )
    createMainWindow(options())
    const win = created.windows[0]
    expect(win?.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 })
    expect(win?.maximize).toHaveBeenCalled()
  })
})

describe('the right-click menu', () => {
  it('pops up the edit commands when a text field is right-clicked, and nothing on plain text', () => {
    createMainWindow(options())
    const win = created.windows[0]!
    const onContextMenu = win.webContents.on.mock.calls.find(
      ([name]) => name === 'context-menu'
    )?.[1] as (e: unknown, params: unknown) => void
    expect(onContextMenu).toBeTypeOf('function')
    const flags = {
      canUndo: true,
      canRedo: true,
      canCut: true,
      canCopy: true,
      canPaste: true,
      canSelectAll: true
    }
    const params = {
      isEditable: true,
      selectionText: '',
      misspelledWord: '',
      dictionarySuggestions: [],
      linkURL: '',
      editFlags: flags
    }
    onContextMenu({}, params)
    expect(created.menus).toHaveLength(1)
    expect((created.menus[0] as { role?: string }[]).map((i) => i.role).filter(Boolean)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll'
    ])
    onContextMenu({}, { ...params, isEditable: false })
    expect(created.menus).toHaveLength(1)
  })
})

describe('the first frame', () => {
  it('is painted in the page background of the desktop theme, not white', () => {
    createMainWindow(options())
    created.dark = true
    createMainWindow(options())
    expect(created.windows.map((w) => w.options['backgroundColor'])).toEqual([
      LIGHT_BACKGROUND,
      DARK_BACKGROUND
    ])
  })

  it('uses the colours of the page stylesheet', async () => {
    const css = await readFile(join(import.meta.dirname, '../../renderer/src/styles.css'), 'utf-8')
    expect(css).toContain(`--bg: ${LIGHT_BACKGROUND};`)
    expect(css).toContain(`--bg: ${DARK_BACKGROUND};`)
  })
})
