// Finds a Chromium-based browser to open the workbench as an app window in browser mode.
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'

/** Environment variables naming a browser binary, in order of precedence. */
export const CHROMIUM_ENV_VARS = ['WORKBENCH_CHROMIUM', 'CHROME_PATH']

/** Names looked up on PATH, in order. */
export const CHROMIUM_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable'
]

/**
 * True when `file` exists, is a regular file and may be executed.
 * @param {string} file
 * @returns {boolean}
 */
export function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * The usual install locations outside PATH: app bundles on macOS, Program Files on Windows.
 * Edge is last because it is on every Windows machine and takes the same flags.
 * @param {{ platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv, home?: string }} [options]
 * @returns {string[]}
 */
export function installLocations({ platform = process.platform, env = process.env, home } = {}) {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'
    ]
    const roots = ['/Applications', ...(home ? [path.posix.join(home, 'Applications')] : [])]
    return apps.flatMap((app) => roots.map((root) => path.posix.join(root, app)))
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(
      /** @returns {root is string} */ (root) => Boolean(root)
    )
    const apps = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Chromium\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe'
    ]
    return apps.flatMap((app) => roots.map((root) => path.win32.join(root, app)))
  }
  return []
}

/**
 * Candidates on PATH for each of {@link CHROMIUM_NAMES}, honouring PATHEXT on Windows.
 * @param {{ platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv }} [options]
 * @returns {string[]}
 */
export function pathCandidates({ platform = process.platform, env = process.env } = {}) {
  const win = platform === 'win32'
  const pathValue = (win ? (env.Path ?? env.PATH) : env.PATH) ?? ''
  const dirs = pathValue.split(win ? ';' : ':').filter((dir) => dir !== '')
  const names = win ? [...CHROMIUM_NAMES, 'chrome', 'msedge'] : CHROMIUM_NAMES
  const exts = win ? (env.PATHEXT || '.EXE').split(';').filter(Boolean) : ['']
  const join = win ? path.win32.join : path.posix.join
  return names.flatMap((name) =>
    dirs.flatMap((dir) => exts.map((ext) => join(dir, name + ext.toLowerCase())))
  )
}

/**
 * Looks for a Chromium-based browser: the environment variables first, then PATH, then the
 * usual install locations. `ignored` lists environment variables that name no executable,
 * so the caller can say why a setting had no effect.
 * @param {{ platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv, home?: string, isExecutable?: (file: string) => boolean }} [options]
 * @returns {{ path: string | null, source: string | null, ignored: string[] }}
 */
export function findChromium({
  platform = process.platform,
  env = process.env,
  home,
  isExecutable = isExecutableFile
} = {}) {
  /** @type {string[]} */
  const ignored = []
  for (const name of CHROMIUM_ENV_VARS) {
    const value = env[name]
    if (!value) continue
    if (isExecutable(value)) return { path: value, source: name, ignored }
    ignored.push(name)
  }
  for (const candidate of pathCandidates({ platform, env })) {
    if (isExecutable(candidate)) return { path: candidate, source: 'PATH', ignored }
  }
  for (const candidate of installLocations({ platform, env, home })) {
    if (isExecutable(candidate)) return { path: candidate, source: 'install location', ignored }
  }
  return { path: null, source: null, ignored }
}

/**
 * Whether a window can be shown: Linux and the BSDs need X11 or Wayland; macOS and Windows
 * always have a desktop.
 * @param {{ platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv }} [options]
 * @returns {boolean}
 */
export function hasDisplay({ platform = process.platform, env = process.env } = {}) {
  if (platform === 'darwin' || platform === 'win32') return true
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY)
}

/**
 * Command-line flags that open the workbench as a quiet app window with its own profile.
 * @param {{ url: string, profileDir: string, platform?: NodeJS.Platform, isRoot?: boolean }} options
 * @returns {string[]}
 */
export function chromiumArgs({
  url,
  profileDir,
  platform = process.platform,
  isRoot = typeof process.getuid === 'function' && process.getuid() === 0
}) {
  const args = [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
  ]
  // Chromium refuses to start as root with its sandbox on; only then is it turned off.
  if (platform === 'linux' && isRoot) args.push('--no-sandbox')
  return args
}
