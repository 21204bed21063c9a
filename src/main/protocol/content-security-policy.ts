import { CONTENT_SECURITY_POLICY } from '@shared/content-security-policy.mjs'

/** Headers every app:// response carries, whatever its status (the policy is shared's, one copy). */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer'
  }
}
