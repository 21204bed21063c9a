import type { Session } from 'electron'
import { isPermissionAllowed } from './permission-policy'

/** Installs the deny-by-default permission policy on the workbench's session. */
export function hardenSession(
  ses: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  trustedOrigins: readonly string[]
): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, trustedOrigins))
  })
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, trustedOrigins)
  )
}
