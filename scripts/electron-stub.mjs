// A recording stand-in for the `electron` module, so the built main bundle can run under plain
// Node (the Electron runtime cannot be downloaded on the build machines). It implements only
// what out/main/index.js imports (named exports; the bundle uses no default import), records every call in `stub.calls`, and never starts a timer
// or opens a handle, so a script using it exits by itself.
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const calls = []
const record = (api, method, args) => calls.push({ api, method, args })

class Emitter {
  #listeners = new Map()
  on(event, listener) {
    const list = this.#listeners.get(event) ?? []
    list.push(listener)
    this.#listeners.set(event, list)
    return this
  }
  once(event, listener) {
    const wrapped = (...args) => {
      this.removeListener(event, wrapped)
      listener(...args)
    }
    return this.on(event, wrapped)
  }
  removeListener(event, listener) {
    const list = this.#listeners.get(event) ?? []
    this.#listeners.set(
      event,
      list.filter((l) => l !== listener)
    )
    return this
  }
  listenerCount(event) {
    return (this.#listeners.get(event) ?? []).length
  }
  emit(event, ...args) {
    for (const listener of [...(this.#listeners.get(event) ?? [])]) listener(...args)
    return this.listenerCount(event) > 0
  }
}

/** A minimal Electron-style event: remembers whether a listener vetoed it. */
export function createEvent(fields = {}) {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    }
  }
}

let markReady
const readyPromise = new Promise((resolve) => {
  markReady = resolve
})
let isAppReady = false

export const stub = {
  calls,
  paths: new Map(),
  windows: [],
  sessions: new Map(),
  ipcHandlers: new Map(),
  privilegedSchemes: [],
  applicationMenu: undefined,
  /** Resolves app.whenReady() and emits 'ready', as Electron does once Chromium is up. */
  emitReady() {
    isAppReady = true
    markReady()
    app.emit('ready')
  },
  /**
   * A Windows shutdown, restart or log-off, in Electron's order (docs of BrowserWindow's
   * 'query-session-end' and 'session-end'): every window gets 'query-session-end' (reasons in
   * event.reasons); if a listener called preventDefault() the shutdown is held ('held': Windows
   * shows its "waiting for apps" screen). Otherwise every window gets 'session-end' and the
   * process ends without 'before-quit', 'close' or 'will-quit' ('ended').
   */
  endSession(reasons = ['shutdown']) {
    let held = false
    for (const win of BrowserWindow.getAllWindows()) {
      const event = createEvent({ reasons })
      win.emit('query-session-end', event)
      if (event.defaultPrevented) held = true
    }
    if (held) return 'held'
    for (const win of BrowserWindow.getAllWindows())
      win.emit('session-end', createEvent({ reasons }))
    stub.sessionEnded = true
    return 'ended'
  },
  callsTo(api, method) {
    return calls.filter((call) => call.api === api && call.method === method)
  }
}

class StubApp extends Emitter {
  name = 'analyst-workbench'
  isPackaged = false
  setName(name) {
    record('app', 'setName', [name])
    this.name = name
  }
  getName() {
    return this.name
  }
  /** ELECTRON_STUB_APPDATA stands for the user's application-data folder (per test run). */
  getPath(name) {
    const appData = process.env.ELECTRON_STUB_APPDATA
    if (name === 'appData' && appData && !stub.paths.has(name)) return appData
    return stub.paths.get(name) ?? join(tmpdir(), 'electron-stub', name)
  }
  setPath(name, path) {
    record('app', 'setPath', [name, path])
    stub.paths.set(name, path)
  }
  getVersion() {
    return '0.0.0-stub'
  }
  /**
   * Granted, unless ELECTRON_STUB_LOCK=refused: what Electron answers when another instance holds
   * the lock of this userData folder, or when the lock could not be made at all.
   */
  requestSingleInstanceLock() {
    record('app', 'requestSingleInstanceLock', [])
    return process.env.ELECTRON_STUB_LOCK !== 'refused'
  }
  enableSandbox() {
    record('app', 'enableSandbox', [])
  }
  whenReady() {
    return readyPromise
  }
  isReady() {
    return isAppReady
  }
  /** Between a quit's 'before-quit' and its end or cancellation (Electron's is_quitting_). */
  quitting = false
  /**
   * In Electron's order (docs of app.quit, before-quit, will-quit, window-all-closed; Browser::Quit
   * in its source): a quit while one is under way does nothing; 'before-quit' (a listener may
   * cancel); then every window is asked to close, each of them even when one refuses; a window
   * whose 'close' is prevented cancels the quit (a later app.quit() starts over). Once the last
   * window has closed: 'will-quit' (a listener may cancel), then 'quit', and the app ends
   * (stub.quitted). 'window-all-closed' is not emitted on this path.
   */
  quit() {
    record('app', 'quit', [])
    if (this.quitting) return
    const before = createEvent()
    this.emit('before-quit', before)
    if (before.defaultPrevented) return
    this.quitting = true
    const windows = BrowserWindow.getAllWindows()
    for (const win of windows) win.close()
    if (windows.length === 0) this.allWindowsClosed()
    else if (BrowserWindow.getAllWindows().length > 0) this.quitting = false
  }
  /** The last window has closed: the quit goes on, or (no quit under way) 'window-all-closed'. */
  allWindowsClosed() {
    if (!this.quitting) {
      this.emit('window-all-closed')
      return
    }
    const will = createEvent()
    this.emit('will-quit', will)
    this.quitting = false
    if (will.defaultPrevented) return
    stub.quitted = true
    record('app', 'quitted', [])
    this.emit('quit', createEvent(), 0)
  }
  exit(code) {
    record('app', 'exit', [code])
  }
}
export const app = new StubApp()

class StubWebContents extends Emitter {
  sent = []
  windowOpenHandler = undefined
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler
  }
  send(channel, ...args) {
    this.sent.push({ channel, args })
  }
  isCrashed() {
    return false
  }
  /** The stub's pages load at once. */
  isLoading() {
    return false
  }
  reload() {
    record('webContents', 'reload', [])
  }
}

export class BrowserWindow extends Emitter {
  static getFocusedWindow() {
    return null
  }
  static getAllWindows() {
    return stub.windows.filter((win) => !win.destroyed)
  }
  static fromWebContents(contents) {
    return stub.windows.find((win) => win.webContents === contents) ?? null
  }

  destroyed = false
  loadedUrl = undefined
  maximized = false

  constructor(options = {}) {
    super()
    record('BrowserWindow', 'constructor', [options])
    this.options = options
    this.webContents = new StubWebContents()
    stub.windows.push(this)
    app.emit('web-contents-created', createEvent(), this.webContents)
  }
  loadURL(url) {
    record('BrowserWindow', 'loadURL', [url])
    this.loadedUrl = url
    return Promise.resolve()
  }
  visible = false
  show() {
    record('BrowserWindow', 'show', [])
    this.visible = true
  }
  isVisible() {
    return this.visible
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false
  }
  maximize() {
    this.maximized = true
  }
  isMaximized() {
    return this.maximized
  }
  isDestroyed() {
    return this.destroyed
  }
  getNormalBounds() {
    const { x = 0, y = 0, width = 800, height = 600 } = this.options
    return { x, y, width, height }
  }
  /** Like Electron: a 'close' listener can call preventDefault() to keep the window open. */
  close() {
    if (this.destroyed) return
    const event = createEvent()
    this.emit('close', event)
    if (event.defaultPrevented) return
    this.destroyed = true
    this.emit('closed')
    if (BrowserWindow.getAllWindows().length === 0) app.allWindowsClosed()
  }
  /** Like Electron: closed at once, without 'close' (nothing can keep it open). */
  destroy() {
    if (this.destroyed) return
    this.destroyed = true
    this.emit('closed')
    if (BrowserWindow.getAllWindows().length === 0) app.allWindowsClosed()
  }
}

class StubSession {
  constructor(partition) {
    this.partition = partition
    this.protocolHandlers = new Map()
    this.permissionRequestHandler = undefined
    this.permissionCheckHandler = undefined
    this.protocol = {
      handle: (scheme, handler) => {
        record('session.protocol', 'handle', [partition, scheme])
        this.protocolHandlers.set(scheme, handler)
      },
      unhandle: (scheme) => this.protocolHandlers.delete(scheme)
    }
    this.beforeRequest = undefined
    this.webRequest = {
      onBeforeRequest: (listener) => {
        this.beforeRequest = listener
      }
    }
  }
  setPermissionRequestHandler(handler) {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler) {
    this.permissionCheckHandler = handler
  }
  spellCheckerEnabled = true
  setSpellCheckerEnabled(enabled) {
    record('session', 'setSpellCheckerEnabled', [this.partition, enabled])
    this.spellCheckerEnabled = enabled
  }
}

export const session = {
  fromPartition(partition) {
    record('session', 'fromPartition', [partition])
    if (!isAppReady) throw new Error('session.fromPartition called before app ready')
    if (!stub.sessions.has(partition)) stub.sessions.set(partition, new StubSession(partition))
    return stub.sessions.get(partition)
  }
}

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record('protocol', 'registerSchemesAsPrivileged', [schemes])
    // Electron ignores (and warns about) schemes registered after ready.
    if (isAppReady) throw new Error('registerSchemesAsPrivileged must be called before app ready')
    stub.privilegedSchemes.push(...schemes)
  },
  handle(scheme) {
    record('protocol', 'handle', [scheme])
  }
}

export const ipcMain = {
  handle(channel, listener) {
    record('ipcMain', 'handle', [channel])
    // Electron throws on a second handler for the same channel; so does the stub.
    if (stub.ipcHandlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`)
    }
    stub.ipcHandlers.set(channel, listener)
  },
  removeHandler(channel) {
    stub.ipcHandlers.delete(channel)
  }
}

export const clipboard = {
  writeText(text) {
    record('clipboard', 'writeText', [text])
  }
}

export const Menu = {
  buildFromTemplate(template) {
    record('Menu', 'buildFromTemplate', [template])
    return {
      template,
      // Electron's Menu#popup shows the menu at the pointer in `options.window`.
      popup(options) {
        record('Menu', 'popup', [template, options])
      }
    }
  },
  setApplicationMenu(menu) {
    record('Menu', 'setApplicationMenu', [menu])
    stub.applicationMenu = menu
  }
}

export const dialog = {
  async showOpenDialog() {
    return { canceled: true, filePaths: [] }
  },
  async showSaveDialog() {
    return { canceled: true, filePath: '' }
  },
  /** Answers with the first button (stub.messageBoxResponse to choose another). */
  async showMessageBox(win, options) {
    record('dialog', 'showMessageBox', [options])
    return { response: stub.messageBoxResponse ?? 0 }
  },
  /**
   * Records whether the app was ready: before 'ready' Electron writes the box to stderr on Linux
   * instead of showing it (dialog.showErrorBox in Electron's docs).
   */
  showErrorBox(title, content) {
    record('dialog', 'showErrorBox', [title, content, { ready: isAppReady }])
    console.error(`[stub dialog] ${title}: ${content}`)
  }
}

export const shell = {
  async openExternal(url) {
    record('shell', 'openExternal', [url])
  },
  async openPath(path) {
    record('shell', 'openPath', [path])
    return ''
  }
}

export const nativeTheme = { themeSource: 'system', shouldUseDarkColors: false }

const primaryDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  scaleFactor: 1
}
export const screen = {
  getPrimaryDisplay: () => primaryDisplay,
  getAllDisplays: () => [primaryDisplay]
}
