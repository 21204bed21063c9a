// Why Electron's sandbox cannot start on this Linux host, found before launching it: since
// Ubuntu 23.10, AppArmor forbids the unprivileged user namespaces an unpackaged Electron's
// sandbox needs unless its chrome-sandbox helper is setuid root, and Electron then aborts with
// SIGTRAP before any of the app's code runs (nothing it could explain itself).
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** Kernel switches that, set to these values, take unprivileged user namespaces away. */
const USERNS_SWITCHES = [
  // Ubuntu 23.10 and later (AppArmor).
  { file: '/proc/sys/kernel/apparmor_restrict_unprivileged_userns', blocksWhen: '1' },
  // Debian before 11 and some hardened kernels.
  { file: '/proc/sys/kernel/unprivileged_userns_clone', blocksWhen: '0' }
]

/**
 * The one-line remedy for a blocked sandbox: make Electron's own sandbox helper setuid root (what
 * Electron's packages do when installed), without weakening the whole system's protection.
 * @param {string} sandboxPath
 * @returns {string}
 */
export function sandboxRemedy(sandboxPath) {
  return `sudo chown root:root ${sandboxPath} && sudo chmod 4755 ${sandboxPath}`
}

/**
 * The chrome-sandbox helper beside the Electron binary.
 * @param {string} electronBinary
 * @returns {string}
 */
export function sandboxHelperPath(electronBinary) {
  return path.join(path.dirname(electronBinary), 'chrome-sandbox')
}

/**
 * Why Electron's sandbox cannot start here, or null when it can (or this is not Linux, or the
 * user is root, for whom start.mjs turns the sandbox off as Chromium requires).
 * @param {{
 *   sandboxPath: string,
 *   platform?: NodeJS.Platform,
 *   isRoot?: boolean,
 *   readText?: (file: string) => string,
 *   statFile?: (file: string) => { uid: number, mode: number }
 * }} options
 * @returns {string | null}
 */
export function linuxSandboxProblem({
  sandboxPath,
  platform = process.platform,
  isRoot = typeof process.getuid === 'function' && process.getuid() === 0,
  readText = (file) => readFileSync(file, 'utf-8'),
  statFile = (file) => statSync(file)
}) {
  if (platform !== 'linux' || isRoot) return null
  const blocking = USERNS_SWITCHES.find(({ file, blocksWhen }) => {
    try {
      return readText(file).trim() === blocksWhen
    } catch {
      return false
    }
  })
  if (!blocking) return null
  let helper
  try {
    helper = statFile(sandboxPath)
  } catch {
    helper = null
  }
  // Setuid root: the helper sets the sandbox up itself and needs no user namespace.
  if (helper && helper.uid === 0 && (helper.mode & 0o4000) !== 0) return null
  return (
    `This system does not let programs create the user namespaces Electron's sandbox needs ` +
    `(${blocking.file} is ${blocking.blocksWhen}, as on Ubuntu 23.10 and later), and ` +
    `Electron's sandbox helper ${sandboxPath} is not setuid root, so the desktop window cannot ` +
    `start. To fix it once, run:\n  ${sandboxRemedy(sandboxPath)}`
  )
}
