// `npm start`: build, then run the workbench in Electron, or in browser mode when the Electron
// runtime is missing and cannot be fetched (see docs/environment: GitHub is unreachable on
// some machines, and the workbench must still work there).
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, mkdirSync, openSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ensureDataDir, resolveDataDir } from './data-dir.mjs'
import { electronPackageDir, installElectron, resolveElectronBinary } from './electron-runtime.mjs'
import { chromiumArgs, findChromium, hasDisplay } from './find-chromium.mjs'
import { linuxSandboxProblem, sandboxHelperPath } from './linux-sandbox.mjs'
import { resolvePort, serveRenderer } from './serve-renderer.mjs'

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const INSTALL_TIMEOUT_MS = 60_000
export const BROWSER_MODE_SENTENCE =
  'The Electron runtime is not installed and could not be downloaded, so the workbench is starting in browser mode.'

export const USAGE = `Usage: npm start -- [--port N] [--data-dir DIR] [--no-build] [--browser]

  --port N        port for browser mode (default 4780, or WORKBENCH_PORT); 1024-65535
  --data-dir DIR  data folder (default: WORKBENCH_DATA_DIR, else the app's usual folder);
                  browser mode uses it only for a browser window it opens itself
  --no-build      skip "electron-vite build" and use the existing out/ folder
  --browser       skip Electron and serve the workbench to a browser`

/**
 * @typedef {object} StartOptions
 * @property {number} port
 * @property {string | undefined} dataDir the --data-dir flag as given
 * @property {boolean} build
 * @property {boolean} browser
 * @property {boolean} help
 */

/**
 * Parses the command line of `npm start`. Throws an Error whose message can be shown as is.
 * @param {string[]} argv arguments after the script name
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {StartOptions}
 */
export function parseStartArgs(argv, env = process.env) {
  let values
  try {
    values = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        browser: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      },
      strict: true,
      allowPositionals: false
    }).values
  } catch (error) {
    throw new Error(error instanceof Error ? error.message : String(error), { cause: error })
  }
  if (values['data-dir'] !== undefined && values['data-dir'].trim() === '') {
    throw new Error('--data-dir needs a folder.')
  }
  return {
    port: values.help ? 0 : resolvePort(values.port, env),
    dataDir: values['data-dir'],
    build: !values['no-build'],
    browser: Boolean(values.browser),
    help: Boolean(values.help)
  }
}

/**
 * What browser mode says about the data when it opens no window of its own: the analyst's
 * browser then keeps everything in its own profile, so a chosen data folder cannot apply.
 * @param {{ url: string, dataDir: string, chosenBy: '--data-dir' | 'WORKBENCH_DATA_DIR' | null }} options
 * @returns {string}
 */
export function browserDataNotice({ url, dataDir, chosenBy }) {
  const where =
    `The workbench's data will live in the profile of the browser you open ${url} in, kept ` +
    'for that address only (port included): use the same browser and port each time, and ' +
    'download a backup to keep a copy elsewhere.'
  if (chosenBy === null) return where
  const folder =
    chosenBy === '--data-dir' ? `--data-dir ${dataDir}` : `WORKBENCH_DATA_DIR (${dataDir})`
  return (
    `${folder} has no effect here: browser mode keeps its data in that folder only in a ` +
    `browser window it opens itself, and it could not open one. ${where}`
  )
}

/**
 * What `npm start` says when Electron stopped before its window could open (the main process never
 * reached "ready"): the cause found on this host, if any (a blocked sandbox, see
 * linux-sandbox.mjs, aborts with SIGTRAP before any of the app's code runs; no display at all),
 * else only that Electron's own output says why; the workbench then starts in browser mode.
 * @param {{ code: number | null, signal: string | null, platform?: NodeJS.Platform, sandboxProblem?: string | null, hasDisplay?: boolean }} options
 * @returns {string}
 */
export function earlyExitExplanation({
  code,
  signal,
  platform = process.platform,
  sandboxProblem = null,
  hasDisplay = true
}) {
  const how = signal ? `on signal ${signal}` : `with code ${code}`
  const lines = [`Electron stopped ${how} before its window could open.`]
  if (sandboxProblem) lines.push(sandboxProblem)
  else if (platform === 'linux' && !hasDisplay)
    lines.push('There is no display to open it on: neither DISPLAY nor WAYLAND_DISPLAY is set.')
  else lines.push('What Electron printed above says why.')
  lines.push('Starting in browser mode instead.')
  return lines.join('\n')
}

/**
 * Arguments for the Electron runtime. A data folder the user chose is passed on as
 * `--data-dir=DIR` (one token, so Chromium's switch parser keeps it whole).
 * @param {{ dataDir: string, explicit: boolean, platform?: NodeJS.Platform, isRoot?: boolean }} options
 * @returns {string[]}
 */
export function electronArgs({
  dataDir,
  explicit,
  platform = process.platform,
  isRoot = isRootUser()
}) {
  const args = ['.']
  if (explicit) args.push(`--data-dir=${dataDir}`)
  // Like Chromium, Electron will not start as root on Linux with its sandbox on.
  if (platform === 'linux' && isRoot) args.push('--no-sandbox')
  return args
}

/** @returns {boolean} */
function isRootUser() {
  return typeof process.getuid === 'function' && process.getuid() === 0
}

/**
 * Runs a command with inherited output; resolves with its exit code (null when it was killed
 * or could not start). Aborting `signal` stops it.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, signal: AbortSignal }} options
 * @returns {Promise<number | null>}
 */
function run(command, args, { cwd, signal }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      stdio: 'inherit',
      signal,
      // npx is a .cmd file on Windows, which Node only runs through a shell.
      shell: process.platform === 'win32'
    })
    child.on('error', (error) => {
      if (!signal.aborted) console.error(`Could not run ${command}: ${error.message}`)
      resolve(null)
    })
    child.on('close', (code) => resolve(code))
  })
}

/**
 * @typedef {object} ElectronRun
 * @property {number} code the exit code for `npm start`
 * @property {boolean} early whether Electron failed before its main process was ready
 * @property {number | null} exitCode
 * @property {string | null} exitSignal
 */

/**
 * Launches Electron on the project and resolves once it has exited. Stop requests are passed on
 * to Electron, which then decides how to quit. The main process creates the file named by
 * WORKBENCH_STARTED_FILE once it is ready (src/main/services/announce-started.ts): a failure
 * without it is an early one, which `npm start` answers with browser mode.
 * @param {{ binary: string, dataDir: string, explicit: boolean, signal: AbortSignal }} options
 * @returns {Promise<ElectronRun>}
 */
async function runElectron({ binary, dataDir, explicit, signal }) {
  const markerDir = mkdtempSync(path.join(tmpdir(), 'workbench-start-'))
  const marker = path.join(markerDir, 'started')
  try {
    const exit = await spawnElectron({ binary, dataDir, explicit, signal, marker })
    const early = !signal.aborted && exit.code !== 0 && !existsSync(marker)
    return { ...exit, early }
  } finally {
    rmSync(markerDir, { recursive: true, force: true })
  }
}

/**
 * @param {{ binary: string, dataDir: string, explicit: boolean, signal: AbortSignal, marker: string }} options
 * @returns {Promise<{ code: number, exitCode: number | null, exitSignal: string | null }>}
 */
function spawnElectron({ binary, dataDir, explicit, signal, marker }) {
  const env = { ...process.env, WORKBENCH_STARTED_FILE: marker }
  // Set in some shells and CI images; it would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE
  return new Promise((resolve) => {
    const child = spawn(binary, electronArgs({ dataDir, explicit }), {
      cwd: PROJECT_ROOT,
      env,
      stdio: 'inherit',
      windowsHide: false
    })
    const forward = () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(/** @type {NodeJS.Signals} */ (signal.reason))
      }
    }
    signal.addEventListener('abort', forward, { once: true })
    child.on('error', (error) => {
      console.error(`Could not start Electron (${binary}): ${error.message}`)
      resolve({ code: 1, exitCode: null, exitSignal: null })
    })
    child.on('close', (code, killedBy) => {
      signal.removeEventListener('abort', forward)
      if (code === null)
        resolve({ code: signal.aborted ? 0 : 1, exitCode: null, exitSignal: killedBy })
      else resolve({ code, exitCode: code, exitSignal: null })
    })
  })
}

/**
 * Stops a browser started by {@link runBrowserMode} together with its helper processes.
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function killBrowserTree(child, signal) {
  if (child.pid === undefined) return
  try {
    if (process.platform === 'win32') {
      spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' })
    } else {
      // Spawned detached, so it leads its own process group: kill the group.
      process.kill(-child.pid, signal)
    }
  } catch {
    // Already gone.
  }
}

/**
 * Serves out/renderer and opens it in a Chromium app window when there is one and a display.
 * Resolves with the exit code once stopped: 0 after a stop request, 1 when it cannot serve.
 * @param {{ port: number, dataDir: string, chosenBy: '--data-dir' | 'WORKBENCH_DATA_DIR' | null, signal: AbortSignal }} options
 * @returns {Promise<number>}
 */
async function runBrowserMode({ port, dataDir, chosenBy, signal }) {
  let running
  try {
    // WORKBENCH_RENDERER_DIR lets tests serve a fixture page instead of a build.
    const root = process.env.WORKBENCH_RENDERER_DIR ?? path.join(PROJECT_ROOT, 'out', 'renderer')
    running = await serveRenderer({ root, port })
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    return 1
  }
  const { url } = running
  console.log(`The workbench is running at ${url}`)

  const chromium = findChromium()
  for (const name of chromium.ignored) {
    console.warn(
      `${name} is set to "${process.env[name]}", which is not an executable file; ignoring it.`
    )
  }
  const display = hasDisplay()
  /** @type {import('node:child_process').ChildProcess | null} */
  let browser = null
  let stopping = false

  if (chromium.path && display) {
    const profileDir = path.join(dataDir, 'browser-profile')
    const logFile = path.join(dataDir, 'browser.log')
    mkdirSync(profileDir, { recursive: true })
    // Chromium is chatty on stderr; keep that out of the terminal but on record.
    const logFd = openSync(logFile, 'a')
    try {
      browser = spawn(chromium.path, chromiumArgs({ url, profileDir }), {
        detached: process.platform !== 'win32',
        stdio: ['ignore', logFd, logFd]
      })
    } finally {
      closeSync(logFd)
    }
    const startedAt = Date.now()
    console.log(`Opening it in ${chromium.path} (browser data in ${profileDir}).`)
    browser.on('error', (error) => {
      console.log(
        `Could not open ${chromium.path} (${error.message}); open ${url} in Chrome, Chromium or Edge. Press Ctrl+C to stop the server.`
      )
    })
    browser.on('exit', (code) => {
      if (stopping) return
      if (code !== 0 && code !== null) {
        console.log(
          `The browser exited with code ${code} (details in ${logFile}); the server is still running at ${url} — open it in a browser, or press Ctrl+C to stop it.`
        )
      } else if (Date.now() - startedAt < 3000) {
        // Chromium hands the URL to a window already open on the same profile and exits at once.
        console.log(
          `The browser handed the window to one already running; the server is running at ${url} — press Ctrl+C to stop it.`
        )
      } else {
        console.log(
          `The workbench window was closed; the server is still running at ${url} — reopen that address in a browser, or press Ctrl+C to stop it.`
        )
      }
    })
  } else {
    const why = chromium.path
      ? 'There is no display (DISPLAY and WAYLAND_DISPLAY are unset)'
      : 'No Chrome, Chromium or Edge was found (set WORKBENCH_CHROMIUM to one to get an app window)'
    console.log(
      `${why}, so no window was opened: open ${url} in Chrome, Chromium or Edge. Press Ctrl+C to stop the server.`
    )
    console.log(browserDataNotice({ url, dataDir, chosenBy }))
  }

  await new Promise((resolve) => {
    if (signal.aborted) resolve(undefined)
    else signal.addEventListener('abort', () => resolve(undefined), { once: true })
  })
  stopping = true
  const closing = running.close()
  if (browser) await stopBrowser(browser)
  await closing
  return 0
}

/**
 * Terminates the browser's process tree, escalating to SIGKILL if it lingers.
 * @param {import('node:child_process').ChildProcess} browser
 * @returns {Promise<void>}
 */
async function stopBrowser(browser) {
  const exited =
    browser.exitCode !== null || browser.signalCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => browser.once('exit', () => resolve(undefined)))
  killBrowserTree(browser, 'SIGTERM')
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 3000).unref())
  if ((await Promise.race([exited, timeout])) === 'timeout') killBrowserTree(browser, 'SIGKILL')
  // Helpers can outlive the main process by a moment; make sure the group is gone.
  killBrowserTree(browser, 'SIGKILL')
}

/**
 * Runs `npm start` and resolves with the process exit code.
 * @param {string[]} argv
 * @returns {Promise<number>}
 */
export async function main(argv) {
  let options
  try {
    options = parseStartArgs(argv)
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
    return 2
  }
  if (options.help) {
    console.log(USAGE)
    return 0
  }

  const { dir: dataDir, explicit } = resolveDataDir({ flag: options.dataDir })
  try {
    ensureDataDir(dataDir)
  } catch (error) {
    console.error(
      `Could not create the data folder ${dataDir}: ${error instanceof Error ? error.message : String(error)}`
    )
    return 1
  }

  // First Ctrl+C (or SIGTERM) stops what is running, politely; a second one forces the exit.
  const stop = new AbortController()
  /** @param {NodeJS.Signals} name */
  const onSignal = (name) => {
    if (stop.signal.aborted) process.exit(1)
    stop.abort(name)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)

  if (options.build) {
    const code = await run('npx', ['electron-vite', 'build'], {
      cwd: PROJECT_ROOT,
      signal: stop.signal
    })
    if (stop.signal.aborted) return 0
    if (code !== 0) {
      console.error(
        `The build failed (electron-vite build exited with ${code === null ? 'an error' : `code ${code}`}), so the workbench was not started.`
      )
      return 1
    }
  }

  if (!options.browser) {
    const electronDir = electronPackageDir(PROJECT_ROOT)
    let runtime = resolveElectronBinary({ electronDir })
    if (!runtime.installed && electronDir) {
      console.log(
        `The Electron runtime is missing; trying to download it (giving up after ${INSTALL_TIMEOUT_MS / 1000} seconds)…`
      )
      const result = await installElectron({
        electronDir,
        timeoutMs: INSTALL_TIMEOUT_MS,
        signal: stop.signal
      })
      if (stop.signal.aborted) return 0
      if (process.env.WORKBENCH_DEBUG) console.error(result.output.trimEnd())
      if (result.ok) runtime = resolveElectronBinary({ electronDir })
    }
    // Electron is always tried: a host whose user namespaces are restricted may still let it
    // run (an AppArmor profile granting them), so the sandbox check only explains an abort.
    if (runtime.installed && runtime.binary) {
      const run = await runElectron({
        binary: runtime.binary,
        dataDir,
        explicit,
        signal: stop.signal
      })
      if (!run.early) {
        if (run.exitSignal && !stop.signal.aborted)
          console.error(`Electron stopped on signal ${run.exitSignal}.`)
        return run.code
      }
      console.error(
        earlyExitExplanation({
          code: run.exitCode,
          signal: run.exitSignal,
          sandboxProblem: linuxSandboxProblem({ sandboxPath: sandboxHelperPath(runtime.binary) }),
          hasDisplay: Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
        })
      )
    } else {
      console.log(BROWSER_MODE_SENTENCE)
    }
  }

  const chosenBy = !explicit ? null : options.dataDir ? '--data-dir' : 'WORKBENCH_DATA_DIR'
  return runBrowserMode({ port: options.port, dataDir, chosenBy, signal: stop.signal })
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (invokedDirectly) process.exit(await main(process.argv.slice(2)))
