// Smoke test of the BUILT main process (run `npx electron-vite build` first): loads
// out/main/index.js under plain Node with `electron` mapped to scripts/electron-stub.mjs,
// lets the app become ready, and checks what it did. One line per check, a summary line,
// non-zero exit on any failure. `--json <file>` also writes { passed, failed, skipped, checks }
// for scripts/test-all.mjs.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { register } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const bundle = join(root, 'out/main/index.js')
const preloadBundle = join(root, 'out/preload/index.cjs')
const rendererIndex = join(root, 'out/renderer/index.html')

// Read before the bundle runs: the app appends its own flags to process.argv below.
function readJsonFlag(argv) {
  const index = argv.findIndex((arg) => arg === '--json' || arg.startsWith('--json='))
  if (index < 0) return undefined
  const arg = argv[index]
  return arg === '--json' ? argv[index + 1] : arg.slice('--json='.length)
}
const jsonReport = readJsonFlag(process.argv.slice(2))

let passed = 0
let failed = 0
const checks = []

/** Runs one check: it passes unless `fn` returns false or throws (the message becomes the detail). */
async function check(name, fn) {
  try {
    const outcome = await fn()
    if (outcome === false) throw new Error('condition was false')
    passed++
    checks.push({ name, ok: true })
    console.log(`ok - ${name}`)
  } catch (error) {
    failed++
    const detail = error instanceof Error ? error.message : String(error)
    checks.push({ name, ok: false, detail })
    console.log(`not ok - ${name}: ${detail}`)
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message)
}

function finish() {
  console.log(`smoke: ${passed} passed, ${failed} failed`)
  if (jsonReport) {
    const file = resolve(jsonReport)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, `${JSON.stringify({ passed, failed, skipped: 0, checks }, null, 2)}\n`)
  }
  process.exitCode = failed === 0 ? 0 : 1
}

// A watchdog that does not itself keep the process alive: if something in the bundle ever
// holds a handle open, fail loudly instead of hanging CI.
setTimeout(() => {
  failed++
  checks.push({ name: 'smoke finished in time', ok: false, detail: 'still running after 20 s' })
  console.log('not ok - smoke finished in time: still running after 20 s (a handle is open)')
  finish()
  process.exit(1)
}, 20_000).unref()

async function waitFor(condition, what, timeoutMs = 3000) {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

const frame = (url) => ({ senderFrame: { url } })

async function main() {
  await check('built bundles exist (out/main/index.js, out/preload/index.cjs)', () => {
    assert(existsSync(bundle), `${bundle} is missing: run npx electron-vite build`)
    assert(existsSync(preloadBundle), `${preloadBundle} is missing`)
  })
  if (failed > 0) return

  await check('node --check out/main/index.js', () => {
    const result = spawnSync(process.execPath, ['--check', bundle], { encoding: 'utf8' })
    assert(result.status === 0, result.stderr.trim() || `exit code ${result.status}`)
  })
  if (failed > 0) return

  const tmp = await mkdtemp(join(tmpdir(), 'workbench-smoke-'))
  const dataDir = join(tmp, 'data', 'nested')
  try {
    await runBundle(dataDir)
    await runStarts(tmp)
  } finally {
    await rm(tmp, { recursive: true, force: true })
  }

  await check(
    'the main bundle imports only electron and node: built-ins (installers ship no node_modules)',
    () => {
      const code = readFileSync(bundle, 'utf8')
      const specifiers = [
        ...code.matchAll(
          // from "x", import("x"), a side-effect import "x" at a line start, require("x"); not
          // a string that merely follows the word import (showOpenDialogFor("import")).
          /\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']|^import\s*["']([^"']+)["']|\brequire\(\s*["']([^"']+)["']/gm
        )
      ].map((match) => match[1] ?? match[2] ?? match[3] ?? match[4])
      const outside = specifiers.filter(
        (name) => name !== 'electron' && !name.startsWith('node:') && !name.startsWith('.')
      )
      assert(
        specifiers.includes('electron'),
        'no import of electron was found: is this the bundle?'
      )
      assert(outside.length === 0, `imports from node_modules: ${[...new Set(outside)].join(', ')}`)
    }
  )
}

async function runBundle(dataDir) {
  // The contract is TypeScript; tsx compiles it so the channel list comes from the source of truth.
  const { tsImport } = await import('tsx/esm/api')
  const contract = await tsImport(
    pathToFileURL(join(root, 'src/shared/ipc-contract.ts')).href,
    import.meta.url
  )
  const channels = Object.keys(contract.ipcRequestSchemas)

  register('./electron-stub-loader.mjs', import.meta.url)
  const { app, stub, createEvent, BrowserWindow } = await import('./electron-stub.mjs')

  process.argv.push('--data-dir', dataDir)
  delete process.env.ELECTRON_RENDERER_URL
  // The user's application-data folder, where the default workbench folder lives.
  const defaultDir = join(dataDir, '..', 'appdata', 'Analyst Workbench')
  process.env.ELECTRON_STUB_APPDATA = join(dataDir, '..', 'appdata')
  // What npm start names (scripts/start.mjs): created once the main process is ready.
  const startedFile = join(dataDir, '..', 'started')
  process.env.WORKBENCH_STARTED_FILE = startedFile

  await check('bundle loads under Node with electron stubbed', async () => {
    await import(pathToFileURL(bundle).href)
  })
  if (failed > 0) return

  await check('app name is set to "Analyst Workbench"', () => {
    const names = stub.callsTo('app', 'setName').map((call) => call.args[0])
    assert(names.includes('Analyst Workbench'), `setName calls: ${JSON.stringify(names)}`)
  })
  await check('--data-dir is created and becomes userData before the single-instance lock', () => {
    const setPath = stub.calls.findIndex(
      (c) => c.api === 'app' && c.method === 'setPath' && c.args[0] === 'userData'
    )
    const lock = stub.calls.findIndex((c) => c.method === 'requestSingleInstanceLock')
    assert(setPath >= 0, 'app.setPath("userData", …) was not called')
    assert(stub.calls[setPath].args[1] === dataDir, `userData = ${stub.calls[setPath].args[1]}`)
    assert(existsSync(dataDir), 'the data folder was not created')
    assert(
      lock > setPath,
      'requestSingleInstanceLock must come after setPath (lock is per userData)'
    )
  })
  await check('the instance holding the lock records its process in instance.json', () => {
    const record = JSON.parse(readFileSync(join(dataDir, 'instance.json'), 'utf8'))
    assert(record.pid === process.pid, JSON.stringify(record))
  })
  await check(
    'a workbench on a --data-dir folder leaves its address in the default folder, for links',
    () => {
      const record = JSON.parse(readFileSync(join(defaultDir, 'instance-elsewhere.json'), 'utf8'))
      assert(record.pid === process.pid && record.dataDir === dataDir, JSON.stringify(record))
    }
  )
  await check('app:// is registered as a privileged scheme before ready', () => {
    const scheme = stub.privilegedSchemes.find((s) => s.scheme === 'app')
    assert(scheme, 'no privileged "app" scheme')
    const { standard, secure, supportFetchAPI } = scheme.privileges ?? {}
    assert(standard && secure && supportFetchAPI, JSON.stringify(scheme.privileges))
  })
  await check('no window before ready', () => stub.windows.length === 0)
  await check(
    'npm start is not told the app started before it is ready',
    () => !existsSync(startedFile)
  )

  // macOS: a link that launched the app arrives as 'open-url' before 'ready'.
  const earlyLink = 'workbench://article/early-article#annotation=a1'
  const openUrl = createEvent()
  app.emit('open-url', openUrl, earlyLink)
  await check(
    'a link opened before ready (macOS open-url) is taken',
    () => openUrl.defaultPrevented
  )
  // macOS: a file that launched the app (a double-click, Open With) arrives as 'open-file' first.
  const earlyFile = join(dataDir, '..', 'early report.txt')
  writeFileSync(earlyFile, 'The convoy was stopped at the crossing.')
  const openFile = createEvent()
  app.emit('open-file', openFile, earlyFile)
  await check(
    'a file opened before ready (macOS open-file) is taken',
    () => openFile.defaultPrevented
  )

  stub.emitReady()
  await check('a BrowserWindow is created once ready', () =>
    waitFor(() => stub.windows.length > 0, 'a BrowserWindow')
  )
  await check('once ready, npm start is told the app started (WORKBENCH_STARTED_FILE)', () =>
    waitFor(() => existsSync(startedFile), 'the started file')
  )
  const win = stub.windows[0]
  if (!win) return
  const prefs = win.options.webPreferences ?? {}

  await check('window: sandbox true', () => prefs.sandbox === true)
  await check('window: contextIsolation true', () => prefs.contextIsolation === true)
  await check('window: nodeIntegration false', () => prefs.nodeIntegration === false)
  await check('window: webSecurity true', () => prefs.webSecurity === true)
  await check('window: partition persist:workbench', () => prefs.partition === 'persist:workbench')
  await check('sessions: no spell checker on Linux, so no dictionary is downloaded', () => {
    if (process.platform !== 'linux') return true
    for (const partition of ['persist:workbench', 'pdf-print']) {
      const ses = stub.sessions.get(partition)
      assert(ses, `no ${partition} session`)
      assert(ses.spellCheckerEnabled === false, `${partition} checks spelling`)
    }
  })
  await check('window: no spell checker on Linux, so no dictionary is downloaded', () =>
    process.platform !== 'linux' ? true : prefs.spellcheck === false
  )
  await check('window: preload is the built CommonJS preload', () => {
    assert(resolve(prefs.preload ?? '') === preloadBundle, `preload = ${prefs.preload}`)
  })
  await check('a right-click in a text field pops up the edit menu in the window', () => {
    const flags = { canUndo: true, canRedo: false, canCut: true, canCopy: true, canPaste: true }
    win.webContents.emit('context-menu', createEvent(), {
      isEditable: true,
      selectionText: '',
      misspelledWord: '',
      dictionarySuggestions: [],
      linkURL: '',
      editFlags: { ...flags, canSelectAll: true }
    })
    const popups = stub.callsTo('Menu', 'popup')
    assert(popups.length === 1, `${popups.length} menus popped up`)
    const [template, where] = popups[0].args
    const roles = template.map((item) => item.role).filter(Boolean)
    assert(roles.join() === 'undo,redo,cut,copy,paste,selectAll', `roles: ${roles.join()}`)
    assert(where?.window === win, 'not popped up in the window clicked')
  })
  await check(
    'a page that dies before its first frame leaves no invisible window: shown, Reload offered',
    async () => {
      assert(!win.isVisible(), 'shown before its first frame')
      win.webContents.emit('render-process-gone', createEvent(), { reason: 'crashed', exitCode: 1 })
      assert(win.isVisible(), 'the window stayed hidden')
      const boxes = stub.callsTo('dialog', 'showMessageBox')
      assert(boxes.length === 1, `${boxes.length} dialogs`)
      assert(boxes[0].args[0].buttons.join() === 'Reload,Quit', JSON.stringify(boxes[0].args[0]))
      await waitFor(() => stub.callsTo('webContents', 'reload').length === 1, 'a reload')
    }
  )
  await check(
    'a file opened with the app (macOS open-file) is read and handed to the page',
    async () => {
      const report = join(dataDir, '..', 'strike report.txt')
      writeFileSync(report, 'Airstrikes hit the depot.')
      const event = createEvent()
      app.emit('open-file', event, report)
      assert(event.defaultPrevented, 'open-file was not taken')
      const sentFile = () =>
        win.webContents.sent.find(
          (m) => m.channel === 'app:open-file' && m.args[0].fileName === 'strike report.txt'
        )
      await waitFor(() => sentFile() !== undefined, 'app:open-file to the page')
      const file = sentFile().args[0]
      assert(new TextDecoder().decode(file.bytes) === 'Airstrikes hit the depot.', 'wrong bytes')
    }
  )
  await check('window loads app://workbench/index.html', () =>
    waitFor(() => win.loadedUrl === 'app://workbench/index.html', `loadURL (got ${win.loadedUrl})`)
  )

  await check('the file opened before ready reaches the page once it has loaded', async () => {
    const early = () =>
      win.webContents.sent.find(
        (m) => m.channel === 'app:open-file' && m.args[0].fileName === 'early report.txt'
      )
    await waitFor(() => early() !== undefined, 'the early file to reach the page')
    const text = new TextDecoder().decode(early().args[0].bytes)
    assert(text === 'The convoy was stopped at the crossing.', text)
  })
  await check('the link opened before ready reaches the page once it has loaded', () => {
    const sent = win.webContents.sent.filter((m) => m.channel === 'app:open-link')
    assert(
      sent.some((m) => m.args[0] === earlyLink),
      JSON.stringify(sent)
    )
  })
  await check('a second start with a link passes it to the running window', () => {
    const link = 'workbench://article/second-start#event=e9'
    const before = win.webContents.sent.length
    app.emit('second-instance', createEvent(), ['analyst-workbench', link], dataDir)
    const sent = win.webContents.sent.slice(before)
    assert(
      sent.some((m) => m.channel === 'app:open-link' && m.args[0] === link),
      JSON.stringify(sent)
    )
    assert(BrowserWindow.getAllWindows().length === 1, 'a second window was opened')
  })
  await check('a link that is not exactly a workbench link is refused', () => {
    const before = win.webContents.sent.length
    app.emit('open-url', createEvent(), 'workbench://article/x/../../etc?y=1')
    app.emit('second-instance', createEvent(), ['analyst-workbench', 'workbench:evil'], dataDir)
    return win.webContents.sent.length === before
  })
  await check(`ipc: a handler for every contract channel (${channels.length})`, () => {
    const missing = channels.filter((c) => !stub.ipcHandlers.has(c))
    assert(missing.length === 0, `missing: ${missing.join(', ')}`)
  })
  await check('ipc: no handlers beyond the contract', () => {
    const extra = [...stub.ipcHandlers.keys()].filter((c) => !channels.includes(c))
    assert(extra.length === 0, `extra: ${extra.join(', ')}`)
  })
  const invoke = (channel, event, payload) => stub.ipcHandlers.get(channel)(event, payload)
  await check('ipc: app:get-info from app://workbench succeeds', async () => {
    const result = await invoke('app:get-info', frame('app://workbench/index.html'))
    assert(result.ok === true, JSON.stringify(result))
    assert(result.value.dataDir === dataDir, `dataDir = ${result.value.dataDir}`)
  })
  await check('ipc: a foreign frame is refused with forbidden-sender', async () => {
    const result = await invoke('app:get-info', frame('https://evil.example/'))
    assert(result.ok === false && result.error.code === 'forbidden-sender', JSON.stringify(result))
  })
  await check('ipc: a null frame is refused with forbidden-sender', async () => {
    const result = await invoke('app:get-info', { senderFrame: null })
    assert(result.ok === false && result.error.code === 'forbidden-sender', JSON.stringify(result))
  })
  await check('ipc: a bad payload gives invalid-payload', async () => {
    const result = await invoke('window:set-theme', frame('app://workbench/'), 'purple')
    assert(result.ok === false && result.error.code === 'invalid-payload', JSON.stringify(result))
  })

  await check('menu: an application menu is set', () => {
    const menu = stub.applicationMenu
    assert(menu && Array.isArray(menu.template), 'Menu.setApplicationMenu was not given a menu')
    const labels = JSON.stringify(menu.template)
    for (const label of ['Import article…', 'Export…', 'Back up…', 'Keyboard shortcuts']) {
      assert(labels.includes(label), `no "${label}" item`)
    }
  })

  const workbenchSession = stub.sessions.get('persist:workbench')
  const serve = workbenchSession?.protocolHandlers.get('app')
  await check('protocol: app:// is handled on the persist:workbench session', () => {
    assert(serve, 'no app handler on session persist:workbench')
  })
  if (serve && existsSync(rendererIndex)) {
    await check('protocol: serves index.html with the Content-Security-Policy', async () => {
      const response = await serve(new Request('app://workbench/index.html'))
      assert(response.status === 200, `status ${response.status}`)
      const csp = response.headers.get('content-security-policy') ?? ''
      assert(csp.includes("script-src 'self'"), `CSP = ${csp}`)
    })
  }
  if (serve) {
    await check('protocol: refuses path traversal', async () => {
      const response = await serve(new Request('app://workbench/..%2f..%2fpackage.json'))
      assert(response.status === 404, `status ${response.status}`)
    })
  }
  const printSession = stub.sessions.get('pdf-print')
  await check(
    'print: its session serves no renderer file and cancels every other request',
    async () => {
      const servePrint = printSession?.protocolHandlers.get('app')
      assert(servePrint, 'no app handler on session pdf-print')
      const page = await servePrint(new Request('app://print/index.html'))
      assert(page.status === 404, `app://print/index.html gave ${page.status}`)
      const other = await servePrint(new Request('app://workbench/index.html'))
      assert(other.status === 404, `app://workbench/index.html gave ${other.status}`)
      const decide = printSession.beforeRequest
      assert(decide, 'no webRequest filter on session pdf-print')
      for (const url of ['https://example.com/pixel.gif', 'file:///etc/passwd']) {
        let answer
        decide({ url }, (response) => {
          answer = response
        })
        assert(answer?.cancel === true, `${url} not cancelled: ${JSON.stringify(answer)}`)
      }
      assert(printSession.permissionCheckHandler?.(null, 'media', 'app://print', {}) === false)
    }
  )
  await check('permissions: denied by default', () => {
    const decide = workbenchSession?.permissionCheckHandler
    assert(decide, 'no permission check handler')
    assert(decide(null, 'geolocation', 'app://workbench', {}) === false, 'geolocation allowed')
  })

  const contents = win.webContents
  await check('navigation: will-navigate to another origin is prevented', () => {
    const event = createEvent({ url: 'https://example.com/' })
    contents.emit('will-navigate', event, event.url)
    return event.defaultPrevented
  })
  await check('navigation: window.open is denied', () => {
    const decision = contents.windowOpenHandler?.({ url: 'https://example.com/' })
    return decision?.action === 'deny'
  })
  await check('navigation: <webview> attach is blocked', () => {
    const event = createEvent()
    contents.emit('will-attach-webview', event, {}, {})
    return event.defaultPrevented
  })

  await check(
    'a Windows session end holds the shutdown and asks the renderer for its final snapshot',
    () => {
      assert(stub.endSession() === 'held', 'the session end was not held')
      assert(!win.isDestroyed(), 'the window closed without waiting for the snapshot')
      const asked = contents.sent.filter((m) => m.channel === 'snapshot:request')
      assert(asked.length === 1 && asked[0].args[0] === 'quit', JSON.stringify(asked))
    }
  )
  await check('closing the window first asks the renderer for a final snapshot', () => {
    win.close()
    assert(!win.isDestroyed(), 'the window closed without waiting for the snapshot')
    const asked = contents.sent.filter((m) => m.channel === 'snapshot:request')
    assert(asked.length === 1, `snapshot:request sent ${asked.length} times`)
    assert(asked[0].args[0] === 'quit', `reason ${JSON.stringify(asked[0].args)}`)
  })
  await check('a snapshot that is not a valid backup is refused and leaves no file', async () => {
    const result = await invoke('snapshot:write', frame('app://workbench/'), {
      data: JSON.stringify({ smoke: true }),
      reason: 'change'
    })
    assert(result.ok === false, JSON.stringify(result))
    const listed = await invoke('snapshot:list', frame('app://workbench/'))
    assert(listed.ok && listed.value.length === 0, JSON.stringify(listed))
  })
  // The smallest valid backup, made by the backup module itself: every table present and empty.
  const backup = await tsImport(
    pathToFileURL(join(root, 'src/core/backup/index.ts')).href,
    import.meta.url
  )
  const data = backup.serializeBackup(
    backup.createBackup(Object.fromEntries(backup.BACKUP_TABLES.map((t) => [t, []])), {
      now: '2026-11-25T10:00:00.000Z',
      appVersion: 'smoke',
      databaseVersion: backup.KNOWN_DATABASE_VERSION
    })
  )
  await check('the quit snapshot is written, verified, and then the window closes', async () => {
    const result = await invoke('snapshot:write', frame('app://workbench/'), {
      data,
      reason: 'quit'
    })
    assert(result.ok === true, JSON.stringify(result))
    const listed = await invoke('snapshot:list', frame('app://workbench/'))
    assert(listed.ok && listed.value[0]?.name === result.value.name, JSON.stringify(listed))
    const read = await invoke('snapshot:read', frame('app://workbench/'), {
      name: result.value.name
    })
    // The bytes of the file, as written: the backup worker decodes them, not main.
    assert(
      read.ok && new TextDecoder().decode(read.value) === data,
      read.ok ? `${read.value.length} bytes differ` : JSON.stringify(read)
    )
    assert(existsSync(join(dataDir, 'snapshots', result.value.name)), 'no file in snapshots/')
    await waitFor(() => win.isDestroyed(), 'the window to close after the snapshot')
  })
  await check('quitting waits for a snapshot file still being written, then quits', async () => {
    const before = (await invoke('snapshot:list', frame('app://workbench/'))).value.length
    // The window's own close above already quit once (the session end asked for a quit).
    const quits = () => stub.callsTo('app', 'quitted').length
    const quitsBefore = quits()
    const writing = invoke('snapshot:write', frame('app://workbench/'), { data, reason: 'quit' })
    app.quit()
    assert(quits() === quitsBefore, 'the app quit while the snapshot was being written')
    const result = await writing
    assert(result.ok === true, JSON.stringify(result))
    await waitFor(() => quits() === quitsBefore + 1, 'the quit once the snapshot is written')
    const after = (await invoke('snapshot:list', frame('app://workbench/'))).value.length
    assert(after === before + 1, `${after - before} snapshots written`)
  })
  await check('ipc: snapshot:read refuses a path outside the snapshot folder', async () => {
    const result = await invoke('snapshot:read', frame('app://workbench/'), {
      name: '../window-state.json'
    })
    assert(result.ok === false && result.error.code === 'invalid-payload', JSON.stringify(result))
  })
  let quittedBefore = 0
  await check(
    'a second start while no window is open opens one (macOS keeps the app running)',
    async () => {
      const before = BrowserWindow.getAllWindows().length
      quittedBefore = stub.callsTo('app', 'quitted').length
      app.emit('second-instance', createEvent(), ['analyst-workbench'], dataDir)
      assert(BrowserWindow.getAllWindows().length === before + 1, 'no window was opened')
      // Closed again as the renderer would answer: its guard asks for a final snapshot first.
      const opened = BrowserWindow.getAllWindows().at(-1)
      opened.close()
      await invoke('snapshot:skip', frame('app://workbench/'), { reason: 'quit' })
      await waitFor(() => opened.isDestroyed(), 'the new window to close')
    }
  )
  await check('closing the last window saves window-state.json and quits the app', () => {
    // The stub emitted 'window-all-closed' as the window above closed, outside any quit.
    assert(existsSync(join(dataDir, 'window-state.json')), 'window-state.json was not written')
    const quitted = stub.callsTo('app', 'quitted').length
    assert(
      process.platform === 'darwin' ? quitted === quittedBefore : quitted === quittedBefore + 1,
      `quitted ${quitted - quittedBefore} times`
    )
  })
  if (process.platform !== 'darwin')
    await check('once quit, the default folder no longer points links at it', () =>
      waitFor(
        () => !existsSync(join(defaultDir, 'instance-elsewhere.json')),
        'instance-elsewhere.json to be removed'
      )
    )
}

/** One start of the bundle in its own process (scripts/smoke-start.mjs); its recorded calls. */
function startOnce(args, env) {
  const clean = { ...process.env }
  for (const name of ['WORKBENCH_DATA_DIR', 'WORKBENCH_STARTED_FILE', 'ELECTRON_RENDERER_URL'])
    delete clean[name]
  const result = spawnSync(process.execPath, [join(root, 'scripts/smoke-start.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...clean, ...env },
    timeout: 15_000
  })
  const line = result.stdout.trim().split('\n').at(-1) ?? ''
  if (result.status !== 0 || !line.startsWith('{'))
    throw new Error(`the start did not run: ${result.stderr.trim() || result.status}`)
  const { calls, quitted } = JSON.parse(line)
  return {
    quitted,
    calls: (api, method) => calls.filter((c) => c.api === api && c.method === method),
    userData: calls.find((c) => c.method === 'setPath' && c.args[0] === 'userData')?.args[1]
  }
}

/** The start-up paths a second start takes: the lock refused, and links while on --data-dir. */
async function runStarts(tmp) {
  const appData = join(tmp, 'starts-appdata')
  const defaultDir = join(appData, 'Analyst Workbench')
  const caseDir = join(tmp, 'case-folder')
  mkdirSync(defaultDir, { recursive: true })
  mkdirSync(caseDir, { recursive: true })
  const link = 'workbench://article/a1#annotation=n1'

  await check(
    'a single-instance lock that could not be made is said in a dialog, then quits',
    () => {
      const fresh = join(tmp, 'fat-drive')
      const run = startOnce(['--data-dir', fresh], {
        ELECTRON_STUB_APPDATA: appData,
        ELECTRON_STUB_LOCK: 'refused'
      })
      const boxes = run.calls('dialog', 'showErrorBox')
      assert(boxes.length === 1, `${boxes.length} error dialogs`)
      assert(/FAT or exFAT/.test(boxes[0].args[1]), boxes[0].args[1])
      // Before 'ready' it would only reach stderr on Linux.
      assert(boxes[0].args[2].ready, 'the dialog was shown before the app was ready')
      assert(run.quitted, 'the app did not quit')
      assert(run.calls('BrowserWindow', 'constructor').length === 0, 'a window was opened')
    }
  )
  await check('a second start on a folder a live workbench holds quits quietly', () => {
    writeFileSync(join(caseDir, 'instance.json'), JSON.stringify({ pid: process.pid }))
    const run = startOnce(['--data-dir', caseDir], {
      ELECTRON_STUB_APPDATA: appData,
      ELECTRON_STUB_LOCK: 'refused'
    })
    assert(run.calls('dialog', 'showErrorBox').length === 0, 'an error dialog was shown')
    assert(run.quitted, 'the app did not quit')
  })
  // This process stands for a workbench running on caseDir, started with --data-dir.
  writeFileSync(
    join(defaultDir, 'instance-elsewhere.json'),
    JSON.stringify({ pid: process.pid, dataDir: caseDir })
  )
  await check(
    'a link opened while a workbench runs on a --data-dir folder goes to that workbench',
    () => {
      // The OS starts the app with only the link: the lock of caseDir is then another's.
      const run = startOnce([link], {
        ELECTRON_STUB_APPDATA: appData,
        ELECTRON_STUB_LOCK: 'refused'
      })
      assert(run.userData === caseDir, `userData = ${run.userData}`)
      assert(run.calls('dialog', 'showErrorBox').length === 0, 'an error dialog was shown')
      assert(run.quitted, 'the app did not quit')
    }
  )
  await check('a plain start still opens the default folder while another folder runs', () => {
    const run = startOnce([], { ELECTRON_STUB_APPDATA: appData })
    assert(run.userData === defaultDir, `userData = ${run.userData}`)
    assert(!run.quitted, 'the app quit')
  })
}

main()
  .catch((error) => {
    failed++
    checks.push({ name: 'smoke script runs', ok: false, detail: String(error?.stack ?? error) })
    console.log(`not ok - smoke script crashed: ${error?.stack ?? error}`)
  })
  .finally(finish)
