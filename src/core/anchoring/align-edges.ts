import type { TextQuoteSelector } from './anchor-types'
import type { Candidate } from './score-candidate'

// Quote chars next to each edge that take part in placing it. Far enough inside to see past an
// edited first or last word, short enough that the two edges are placed independently (a long
// quote's middle says nothing about where its edges are) and each alignment stays small.
const EDGE_CHARS = 64

// Chars the text beside an edge is read beyond the candidate's own edge, on each side: a stored
// context that gained a word is longer in the text, and a candidate's edge can be a word off.
const REACH = 48

// Placements are weighed lexicographically: fewest edits in all (quote and context together)
// first; then, if the stored quote's edge was between words, an edge between words (a word
// inserted inside the quote's end, "near finally a", must not end the quote at "near fina" and
// charge the rest to the suffix, which costs as many edits); then the fewest edits inside the
// quote, so a word inserted between the quote and its context ("threats died against", stored
// "threats" + " against") stays out of the quote, where it costs the same, instead of being
// swallowed by it.
const EDIT = 1 << 16
const MID_WORD = 1 << 10
const QUOTE_EDIT = EDIT + 1

const WORD_CHAR = /[\p{L}\p{N}]/u
const isWordChar = (s: string, at: number): boolean => WORD_CHAR.test(s.charAt(at))
// Whether offset `at` of `s` falls inside a word (between two word chars).
const midWord = (s: string, at: number): boolean =>
  at > 0 && at < s.length && isWordChar(s, at - 1) && isWordChar(s, at)

/**
 * Puts a drifted candidate's edges where an alignment of the stored text puts them: the prefix
 * followed by the quote's first chars aligned to the text around the start, the quote's last
 * chars followed by the suffix aligned to the text around the end (Levenshtein, free at the
 * outer ends). The edge is where the alignment passes from context to quote. This finds the true
 * edge when the quote's first or last word was edited ("mined a camp" → "mined roughly a camp")
 * or a word was inserted into the context beside it, where the span with the fewest quote edits
 * alone ("ughly a camp") or the edge that best matches the context alone lands a few chars off.
 * Returns the candidate with its new edges (errors left to the caller to recompute).
 */
export function alignEdges(text: string, quote: TextQuoteSelector, candidate: Candidate): Candidate {
  const { prefix, suffix, exact } = quote
  const k = Math.min(EDGE_CHARS, exact.length)
  const head = exact.slice(0, k)
  const tail = exact.slice(exact.length - k)

  const startLo = Math.max(0, candidate.start - 2 * prefix.length - REACH)
  const startHi = Math.min(text.length, candidate.start + k + REACH)
  const wordStart = !(isWordChar(prefix, prefix.length - 1) && isWordChar(exact, 0))
  const start = boundary(text, startLo, startHi, prefix, head, 'quote-after', wordStart)

  const endLo = Math.max(0, candidate.end - k - REACH)
  const endHi = Math.min(text.length, candidate.end + 2 * suffix.length + REACH)
  const wordEnd = !(isWordChar(exact, exact.length - 1) && isWordChar(suffix, 0))
  const end = boundary(text, endLo, endHi, tail, suffix, 'quote-before', wordEnd)

  if (start === null || end === null || end <= start) return candidate
  if (start === candidate.start && end === candidate.end) return candidate
  return { start, end, errors: candidate.errors }
}

// Reused between calls: the alignment matrix of the largest window so far.
let matrix = new Int32Array(0)

/**
 * Aligns `first + second` to some substring of text[lo, hi) (free start and end) and returns the
 * text offset where `first` ends and `second` begins. Text inserted at that junction is counted
 * with the context side, so the quote does not take it in on a tie. Null when the window is empty.
 */
function boundary(
  text: string,
  lo: number,
  hi: number,
  first: string,
  second: string,
  quoteSide: 'quote-after' | 'quote-before',
  betweenWords: boolean
): number | null {
  const width = hi - lo
  if (width <= 0) return null
  const pattern = first + second
  const rows = pattern.length
  const cols = width + 1
  if (matrix.length < (rows + 1) * cols) matrix = new Int32Array((rows + 1) * cols)
  const d = matrix
  const junction = first.length
  // Cost of an edit on pattern row i (1-based: pattern char i-1 consumed; text inserted after it).
  const inQuote = (i: number): boolean =>
    quoteSide === 'quote-after' ? i > junction : i <= junction && i > 0
  // An insertion on row i lies between pattern chars i-1 and i: at the junction row it is between
  // context and quote, and is charged as context.
  const insertCost = (i: number): number =>
    i === junction ? EDIT : inQuote(i) && i !== rows ? QUOTE_EDIT : EDIT
  const changeCost = (i: number): number => (inQuote(i) ? QUOTE_EDIT : EDIT)
  // The edge is the column at which the path steps down from the junction row (quote after it)
  // or onto it (quote before it): that step pays for an edge inside a word.
  const edgeRow = quoteSide === 'quote-after' ? junction + 1 : junction
  const edgePenalty = (j: number): number =>
    betweenWords && midWord(text, lo + j) ? MID_WORD : 0

  for (let j = 0; j <= width; j++) d[j] = 0
  for (let i = 1; i <= rows; i++) {
    const row = i * cols
    const above = row - cols
    const change = changeCost(i)
    const insert = insertCost(i)
    const c = pattern.charCodeAt(i - 1)
    const edge = i === edgeRow
    // Stepping down from column j of the junction row (quote after) costs the penalty of j; onto
    // column j of it (quote before), the penalty of j.
    const fromAbove = (from: number, to: number): number =>
      edge ? edgePenalty(quoteSide === 'quote-after' ? from : to) : 0
    d[row] = (d[above] ?? 0) + change + fromAbove(0, 0)
    for (let j = 1; j <= width; j++) {
      const same = text.charCodeAt(lo + j - 1) === c
      const diagonal = (d[above + j - 1] ?? 0) + (same ? 0 : change) + fromAbove(j - 1, j)
      const deleted = (d[above + j] ?? 0) + change + fromAbove(j, j)
      const inserted = (d[row + j - 1] ?? 0) + insert
      d[row + j] = Math.min(diagonal, deleted, inserted)
    }
  }

  // Free end: the best last row cell; on a tie, the one nearest the pattern's natural length.
  const last = rows * cols
  let j = 0
  for (let x = 1; x <= width; x++) if ((d[last + x] ?? 0) < (d[last + j] ?? 0)) j = x
  // Trace back to the junction row; the edge is where the path leaves it towards row 0.
  let i = rows
  while (i > 0) {
    const row = i * cols
    const above = row - cols
    const here = d[row + j] ?? 0
    const change = changeCost(i)
    const c = pattern.charCodeAt(i - 1)
    const edge = i === edgeRow
    const fromAbove = (from: number, to: number): number =>
      edge ? edgePenalty(quoteSide === 'quote-after' ? from : to) : 0
    // Text inserted at the junction belongs to the context: before the quote it is passed over
    // by the quote's start (the edge is where the path arrives on the junction row), after the
    // quote it is left out of it (the edge is where the path leaves the junction row).
    if (i === junction) {
      const arrives = quoteSide === 'quote-after'
      if (arrives || !(j > 0 && here === (d[row + j - 1] ?? 0) + insertCost(i))) return lo + j
    }
    const same = text.charCodeAt(lo + j - 1) === c
    if (j > 0 && here === (d[above + j - 1] ?? 0) + (same ? 0 : change) + fromAbove(j - 1, j)) {
      i -= 1
      j -= 1
    } else if (here === (d[above + j] ?? 0) + change + fromAbove(j, j)) {
      i -= 1
    } else {
      j -= 1
    }
  }
  // An empty first part (no stored prefix): the quote starts where the alignment starts.
  return lo + j
}
