/**
 * Decodes file bytes as text: a BOM picks UTF-16 or UTF-8, otherwise strict UTF-8, then
 * windows-1252 only when the bytes are plainly single-byte Western text. Returns null when
 * the text cannot be decoded, so the caller can refuse the file instead of showing mojibake.
 */
export function decodeText(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2))
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2))
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return null
  }
}
