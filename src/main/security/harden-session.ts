import type { Session } from 'electron'
import { isPermissionAllowed } from './permission-policy'

/**
 * Installs the deny-by-default permission policy on a session, and, off macOS, switches its
 * spell checker off: there Chromium's Hunspell downloads dictionaries from Google's servers, and
 * a window's `spellcheck: false` alone has been reported not to stop the session fetching them
 * (electron/electron#22995). macOS checks spelling with the system's own dictionaries.
 */
export function hardenSession(
  ses: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setSpellCheckerEnabled'
  >,
  trustedOrigins: readonly string[],
  platform: NodeJS.Platform = process.platform
): void {
  if (platform !== 'darwin') ses.setSpellCheckerEnabled(false)
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, trustedOrigins))
  })
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, trustedOrigins)
  )
}
