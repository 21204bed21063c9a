import { originOf } from './origin-of'

// Everything is denied except what the workbench itself uses: the clipboard for
// "Paste as new article" / copy buttons, and persistent storage so Chromium never evicts the
// analyst's IndexedDB under disk pressure. Even these only for the workbench's own pages.
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set([
  'clipboard-read',
  'clipboard-sanitized-write',
  'persistent-storage'
])

/** Whether a permission request/check from `requestingUrl` (a URL or an origin) is granted. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  trustedOrigins: readonly string[]
): boolean {
  if (!ALLOWED_PERMISSIONS.has(permission)) return false
  const origin = originOf(requestingUrl)
  return origin !== null && trustedOrigins.includes(origin)
}
