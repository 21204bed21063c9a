// Where the workbench keeps its data. Browser mode uses the same folder Electron would use
// for userData, so a user finds everything in one place whichever shell started.
import { mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'

/** The application name Electron derives its userData folder from. */
export const APP_NAME = 'Analyst Workbench'

/**
 * The folder Electron's `app.getPath('userData')` returns for {@link APP_NAME}.
 * Pure: everything it reads comes in through the options.
 * @param {{ platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv, home?: string }} [options]
 * @returns {string}
 */
export function defaultDataDir({
  platform = process.platform,
  env = process.env,
  home = homedir()
} = {}) {
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming')
    return path.win32.join(appData, APP_NAME)
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', APP_NAME)
  }
  // Electron follows the XDG spec on Linux and the BSDs; a relative XDG path is invalid and ignored.
  const xdg = env.XDG_CONFIG_HOME
  const configHome = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.config')
  return path.posix.join(configHome, APP_NAME)
}

/**
 * The data folder to use: `--data-dir`, else `WORKBENCH_DATA_DIR`, else {@link defaultDataDir}.
 * `explicit` tells whether the user chose it (then it is passed on to Electron).
 * @param {{ flag?: string, platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv, home?: string, cwd?: string }} [options]
 * @returns {{ dir: string, explicit: boolean }}
 */
export function resolveDataDir({
  flag,
  platform = process.platform,
  env = process.env,
  home = homedir(),
  cwd = process.cwd()
} = {}) {
  const chosen = flag || env.WORKBENCH_DATA_DIR
  const resolvePath = platform === 'win32' ? path.win32.resolve : path.posix.resolve
  if (chosen) return { dir: resolvePath(cwd, chosen), explicit: true }
  return { dir: defaultDataDir({ platform, env, home }), explicit: false }
}

/**
 * Creates the data folder (and its parents) if needed and returns it.
 * @param {string} dir
 * @returns {string}
 */
export function ensureDataDir(dir) {
  mkdirSync(dir, { recursive: true })
  return dir
}
