const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

// Very long URLs have crashed or truncated in OS URL handlers; nothing legitimate needs more.
const MAX_EXTERNAL_URL_LENGTH = 8192

/** True for links the OS may open for us: http(s) with a host, or mailto. Never file:, javascript:, custom schemes. */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false
  if (parsed.protocol === 'mailto:') return true
  // user:pass@host links are a phishing trick (the visible "host" is the user name).
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === ''
}
