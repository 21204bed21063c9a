import { isAbsolute, relative, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from '../app-identity'

/**
 * Maps an `app://workbench/<path>` request to a file inside `rootDir`, or null when the URL is
 * for another host or would escape the root (`..`, encoded `%2e%2e%2f`, backslashes, drive
 * letters, NUL bytes). The protocol handler serves nothing that this does not approve.
 */
export function resolveAppPath(requestUrl: string, rootDir: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return null

  let pathname: string
  try {
    // Decoding after URL parsing is what turns `..%2f` into a real separator, so the
    // containment check below must run on the decoded form.
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null

  const relativePath = pathname.replace(/^\/+/, '') || 'index.html'
  const root = resolve(rootDir)
  const full = resolve(root, relativePath)
  const fromRoot = relative(root, full)
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${sep}`)) return null
  if (isAbsolute(fromRoot)) return null
  return full
}
