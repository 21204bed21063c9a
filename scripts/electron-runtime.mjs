// Finds the Electron runtime the way node_modules/electron/index.js does, but without its side
// effects: requiring that module starts a download and throws when the runtime is missing.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * The folder of the installed `electron` wrapper package, or null when it is not installed.
 * @param {string} [fromDir] folder to resolve from (the project root)
 * @returns {string | null}
 */
export function electronPackageDir(fromDir = process.cwd()) {
  try {
    const require = createRequire(path.join(fromDir, 'package.json'))
    return path.dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
}

/**
 * Where the runtime binary is, mirroring index.js: `path.txt` names the executable inside
 * `dist/`, and `ELECTRON_OVERRIDE_DIST_PATH` replaces `dist/`. `installed` is true only if
 * the binary exists.
 * @param {{ electronDir: string | null, env?: NodeJS.ProcessEnv, exists?: (file: string) => boolean, readText?: (file: string) => string }} options
 * @returns {{ installed: boolean, binary: string | null }}
 */
export function resolveElectronBinary({
  electronDir,
  env = process.env,
  exists = existsSync,
  readText = (file) => readFileSync(file, 'utf-8')
}) {
  if (!electronDir) return { installed: false, binary: null }
  /** @type {string | undefined} */
  let executable
  try {
    const pathFile = path.join(electronDir, 'path.txt')
    if (exists(pathFile)) executable = readText(pathFile).trim() || undefined
  } catch {
    executable = undefined
  }
  /** @type {string | null} */
  let binary = null
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron')
  } else if (executable) {
    binary = path.join(electronDir, 'dist', executable)
  }
  return { installed: binary !== null && exists(binary), binary }
}

/**
 * Runs the wrapper's install.js (`install-electron`) to fetch the runtime, killing it after
 * `timeoutMs` or when `signal` aborts. Its output is captured rather than shown: when the fetch
 * fails the caller says so in one sentence, and the details stay in `output` for anyone who asks.
 * @param {{ electronDir: string, timeoutMs?: number, env?: NodeJS.ProcessEnv, signal?: AbortSignal }} options
 * @returns {Promise<{ ok: boolean, timedOut: boolean, code: number | null, output: string }>}
 */
export function installElectron({ electronDir, timeoutMs = 60_000, env = process.env, signal }) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = []
    let timedOut = false
    let settled = false
    /** @param {{ ok: boolean, code: number | null, extra?: string }} result */
    const finish = ({ ok, code, extra = '' }) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve({ ok, timedOut, code, output: Buffer.concat(chunks).toString('utf-8') + extra })
    }
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
      cwd: electronDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
      ...(signal ? { signal } : {})
    })
    child.stdout.on('data', (chunk) => chunks.push(chunk))
    child.stderr.on('data', (chunk) => chunks.push(chunk))
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', (error) => finish({ ok: false, code: null, extra: String(error) }))
    child.on('close', (code) => finish({ ok: code === 0 && !timedOut, code }))
  })
}
