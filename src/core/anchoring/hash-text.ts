// FNV-1a, 32-bit, over UTF-16 code units. Not cryptographic: it only has to tell "same text"
// from "edited text" quickly; a collision merely skips a check that the quote test repeats.
const FNV_OFFSET_BASIS = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** Fast pure hash of a whole text, e.g. `fnv1a32:1a2b3c4d`; the prefix names the algorithm. */
export function hashText(text: string): string {
  let hash = FNV_OFFSET_BASIS
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, FNV_PRIME)
  }
  return `fnv1a32:${(hash >>> 0).toString(16).padStart(8, '0')}`
}
