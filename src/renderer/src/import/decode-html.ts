import { decodeText } from './decode-text'

/** How far into the file a browser looks for a declared encoding (the HTML spec's prescan). */
const PRESCAN_BYTES = 1024 * 4

/**
 * The encoding a page declares in its first bytes (`<meta charset>` or the http-equiv
 * Content-Type), as a TextDecoder label; null when none is declared.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Every encoding a page may declare itself in is ASCII-compatible up to its <meta>.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES))
  const match =
    /<meta[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_:.()-]+)/i.exec(head) ??
    /<meta[^>]*?content\s*=\s*["'][^"']*charset\s*=\s*([a-z0-9_:.()-]+)/i.exec(head)
  return match?.[1]?.toLowerCase() ?? null
}

/**
 * Decodes a saved page: a byte order mark or valid UTF-8 wins, as for any text file; otherwise
 * the encoding the page declares (GBK, Shift_JIS, windows-1256, ISO-8859-x…), as a browser would
 * read it. Null when neither decodes the bytes cleanly, so the file is refused, not garbled.
 */
export function decodeHtml(bytes: Uint8Array): string | null {
  const asText = decodeText(bytes)
  if (asText !== null) return asText
  const label = declaredCharset(bytes)
  // The spec reads a page that declares UTF-16 in its markup as UTF-8 (no BOM means it is not).
  if (!label || /^utf-?(8|16)/.test(label)) return null
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}
