import search from 'approx-string-match'
import type { TextQuoteSelector } from './anchor-types'
import { ANCHOR_POLICY } from './anchor-policy'
import { similarity } from './edit-distance'

// Errors allowed when looking for the prefix and suffix glued together: a few chars of slack for
// a deletion whose edges were not exactly the quote's.
const GLUE_ERROR_RATE = 0.1

/**
 * Where the quote was cut out of its context, if it was: the offset at which the stored prefix
 * is now directly followed by the stored suffix (both sides at least `farExactContext` similar).
 * Looks for the glued context verbatim in the whole text (indexOf, cheap) and approximately in
 * the first window around `hint`. Null when the context is not found glued, or is empty.
 * A cut site is strong evidence that the passage was deleted: a look-alike elsewhere is then
 * not the annotated passage, however similar.
 */
export function findCutSite(text: string, quote: TextQuoteSelector, hint: number): number | null {
  const { prefix, suffix } = quote
  if (prefix.length === 0 || suffix.length === 0) return null
  const glued = prefix + suffix
  let nearest: number | null = null
  const consider = (at: number): void => {
    if (nearest === null || Math.abs(at - hint) < Math.abs(nearest - hint)) nearest = at
  }
  for (let at = text.indexOf(glued); at !== -1; at = text.indexOf(glued, at + 1)) {
    consider(at + prefix.length)
  }
  if (nearest !== null) return nearest

  const slack = quote.exact.length + ANCHOR_POLICY.firstWindowSlack
  const lo = Math.max(0, hint - slack - prefix.length)
  const hi = Math.min(text.length, hint + quote.exact.length + slack + suffix.length)
  const maxErrors = Math.floor(glued.length * GLUE_ERROR_RATE)
  for (const m of search(text.slice(lo, hi), glued, maxErrors)) {
    // The junction is within `errors` chars of where the prefix would end in the match.
    const expected = lo + m.start + prefix.length
    for (let at = expected - m.errors; at <= expected + m.errors; at++) {
      const before = similarity(prefix, text.slice(Math.max(0, at - prefix.length), at))
      const after = similarity(suffix, text.slice(at, at + suffix.length))
      if (Math.min(before, after) >= ANCHOR_POLICY.farExactContext) consider(at)
    }
  }
  return nearest
}
