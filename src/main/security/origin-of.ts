/**
 * `scheme://host[:port]` of a URL, lower-cased, or null when it has no host.
 * Built by hand because Node's WHATWG URL gives non-special schemes such as `app:` an opaque
 * "null" origin, while Chromium treats our registered standard scheme as a real origin.
 */
export function originOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.host === '') return null
  return `${parsed.protocol}//${parsed.host}`.toLowerCase()
}
