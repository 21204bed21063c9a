import type { TextQuoteSelector } from './anchor-types'
import { ANCHOR_POLICY } from './anchor-policy'
import { contextDistances, MAX_CONTEXT_PATTERN } from './context-distances'
import { editDistance, similarity } from './edit-distance'
import type { Candidate } from './score-candidate'

/**
 * The passage between its stored prefix and suffix, when both are still there, near the old
 * position, and the span between them could be the quote rewritten (at most `bracketMaxChange`
 * of it changed). This finds a quote that was rewritten beyond the error budget (a corrected
 * figure, a rewritten clause) from its intact context, and puts the edges of any edited quote
 * exactly where its context ends and begins.
 *
 * Guards against a wrong place: each side must be found within `bracketContextErrors` of its
 * stored text (a 32-char context with light edits, not a look-alike), the sides must pair up in
 * exactly one way in the window (a context repeated nearby makes the place ambiguous: null),
 * and the span's length and content must be plausible for the quote. A side with no stored
 * context means the quote touched an edge of the text: the span must touch it too.
 */
export function findBracket(
  text: string,
  quote: TextQuoteSelector,
  hint: number
): Candidate | null {
  const { prefix, suffix, exact } = quote
  if (prefix.length === 0 && suffix.length === 0) return null
  const length = exact.length
  const maxChange = Math.floor(length * ANCHOR_POLICY.bracketMaxChange)
  const slack = length + ANCHOR_POLICY.bracketWindowSlack
  const lo = Math.max(0, hint - slack - prefix.length)
  const hi = Math.min(text.length, hint + length + slack + suffix.length)
  const starts = prefixEnds(text, prefix, lo, hi)
  const ends = suffixStarts(text, suffix, lo, hi)
  let found: Candidate | null = null
  for (const start of starts) {
    for (const end of ends) {
      if (end <= start || Math.abs(end - start - length) > maxChange) continue
      const errors = editDistance(text.slice(start, end), exact, maxChange)
      if (errors > maxChange) continue
      if (found !== null) return null
      found = { start, end, errors }
    }
  }
  return found
}

const allowedErrors = (context: string): number =>
  Math.floor(context.length * (1 - ANCHOR_POLICY.bracketContext))

// Where the stored prefix may end: the best end of each approximate occurrence in [lo, hi).
function prefixEnds(text: string, prefix: string, lo: number, hi: number): number[] {
  if (prefix.length === 0) return [0]
  // Shorter than a full context: the text started there, so it must still start with it.
  if (prefix.length < ANCHOR_POLICY.contextLength) return nearEdge(text, prefix, 'start')
  const k = allowedErrors(prefix)
  const distances = contextDistances(text, lo, hi, tail(prefix))
  return clusters(distances, k).map((cluster) => {
    // The end with the fewest edits; between equals, the one whose 32 chars before it read most
    // like the prefix (a fixed-length comparison, so a match cannot shrink into the quote).
    const fixed = (i: number): number =>
      similarity(prefix, text.slice(Math.max(0, lo + i + 1 - prefix.length), lo + i + 1))
    return lo + 1 + bestIn(cluster, distances, fixed)
  })
}

// Where the stored suffix may start, found as the prefix is, on the reversed window.
function suffixStarts(text: string, suffix: string, lo: number, hi: number): number[] {
  if (suffix.length === 0) return [text.length]
  if (suffix.length < ANCHOR_POLICY.contextLength) return nearEdge(text, suffix, 'end')
  const k = allowedErrors(suffix)
  // Reversed by UTF-16 unit, text and pattern alike, so offsets map back one to one.
  const reversed = reverse(text.slice(lo, hi))
  const distances = contextDistances(reversed, 0, reversed.length, reverse(tail(suffix, true)))
  return clusters(distances, k).map((cluster) => {
    const fixed = (i: number): number => {
      const at = hi - 1 - i
      return similarity(suffix, text.slice(at, at + suffix.length))
    }
    return hi - 1 - bestIn(cluster, distances, fixed)
  })
}

const reverse = (s: string): string => s.split('').reverse().join('')

// The context as compared: its 32 chars nearest the quote (a stored context is never longer).
function tail(context: string, head = false): string {
  if (context.length <= MAX_CONTEXT_PATTERN) return context
  return head ? context.slice(0, MAX_CONTEXT_PATTERN) : context.slice(-MAX_CONTEXT_PATTERN)
}

// Runs of consecutive offsets whose distance is within k: one per approximate occurrence.
function clusters(distances: Int32Array, k: number): number[][] {
  const runs: number[][] = []
  let run: number[] | null = null
  for (let i = 0; i < distances.length; i++) {
    if ((distances[i] ?? k + 1) <= k) {
      if (run === null) runs.push((run = []))
      run.push(i)
    } else {
      run = null
    }
  }
  return runs
}

function bestIn(cluster: number[], distances: Int32Array, fixed: (i: number) => number): number {
  let best = cluster[0] ?? 0
  for (const i of cluster) {
    const d = distances[i] ?? 0
    const b = distances[best] ?? 0
    if (d < b || (d === b && fixed(i) > fixed(best))) best = i
  }
  return best
}

// A short stored side: the text still begins (or ends) with it, within the allowed edits.
function nearEdge(text: string, context: string, edge: 'start' | 'end'): number[] {
  const k = allowedErrors(context)
  let best = -1
  let bestErrors = k + 1
  for (let n = Math.max(0, context.length - k); n <= context.length + k; n++) {
    if (n > text.length) break
    const piece = edge === 'start' ? text.slice(0, n) : text.slice(text.length - n)
    const errors = editDistance(piece, context, k)
    if (errors < bestErrors) {
      best = edge === 'start' ? n : text.length - n
      bestErrors = errors
    }
  }
  return best === -1 ? [] : [best]
}

/** More verbatim occurrences of a context than this and it says nothing about a place. */
const MAX_FAR_OCCURRENCES = 16

/**
 * findBracket away from the old position: edits earlier in the text (a paragraph added, quotes
 * rewritten above) shift a passage by more than the bracket's window, and a quote rewritten
 * beyond the error budget was then given up although its context is intact. Every verbatim
 * occurrence of the stored prefix or suffix away from the window already searched is tried as
 * the passage's place; the passage is found only when all of them agree on one span (a context
 * repeated elsewhere with a plausible passage between makes the place ambiguous: null).
 */
export function findBracketAnywhere(
  text: string,
  quote: TextQuoteSelector,
  hint: number
): Candidate | null {
  const { prefix, suffix, exact } = quote
  const full = ANCHOR_POLICY.contextLength
  const searched = exact.length + ANCHOR_POLICY.bracketWindowSlack
  const hints: number[] = []
  const collect = (side: string, toHint: (at: number) => number): boolean => {
    if (side.length < full) return true
    let count = 0
    for (let at = text.indexOf(side); at !== -1; at = text.indexOf(side, at + 1)) {
      if (++count > MAX_FAR_OCCURRENCES) return false
      const h = toHint(at)
      if (Math.abs(h - hint) > searched) hints.push(h)
    }
    return true
  }
  if (!collect(prefix, (at) => at + prefix.length)) return null
  if (!collect(suffix, (at) => Math.max(0, at - exact.length))) return null
  let found: Candidate | null = null
  for (const h of hints) {
    const c = findBracket(text, quote, h)
    if (c === null) continue
    if (found !== null && (c.start !== found.start || c.end !== found.end)) return null
    found = c
  }
  return found
}
