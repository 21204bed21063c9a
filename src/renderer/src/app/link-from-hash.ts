/**
 * The workbench link in a browser-mode address's `#open=<encodeURIComponent(link)>`, or null
 * when the hash asks for nothing. Badly encoded text is returned as it is, for the caller to
 * refuse with a notice.
 */
export function linkFromHash(hash: string): string | null {
  const match = /^#open=(.*)$/s.exec(hash)
  if (!match) return null
  try {
    return decodeURIComponent(match[1]!)
  } catch {
    return match[1]!
  }
}
