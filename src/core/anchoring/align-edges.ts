import type { TextQuoteSelector } from './anchor-types'
import type { Candidate } from './score-candidate'

// Quote chars next to each edge that take part in placing it. Far enough inside to see past an
// edited first or last word, short enough that the two edges are placed independently (a long
// quote's middle says nothing about where its edges are) and each alignment stays small.
const EDGE_CHARS = 48

// Chars the text beside an edge is read beyond the candidate's own edge, on each side: a stored
// context that gained a word is longer in the text, and a candidate's edge can be a word off.
const REACH = 32

// Placements are ranked lexicographically: fewest edits (quote and context together) first; then,
// where the stored quote's edge lay between words, an edge between words; then an edge word that
// is the stored quote's own. Edits that can be charged to the quote or to its context at the same
// cost leave the edge undecided, and words decide: "plan for forces fuel", stored "plan " + "for
// fuel", starts the quote at "for" (its first word, intact), not at "forces"; "threats died
// against", stored "threats" + " against", ends it after "threats", not after "died"; "near finally
// a checkpoint", stored "near a" + " checkpoint", does not end it inside "fina|lly".
const EDIT = 1 << 20
const MID_WORD = 1 << 14
const OTHER_WORD = 1 << 9

const WORD_CHAR = /[\p{L}\p{N}]/u
const isWordChar = (s: string, at: number): boolean => WORD_CHAR.test(s.charAt(at))
// Whether offset `at` of `s` falls inside a word (between two word chars).
const midWord = (s: string, at: number): boolean =>
  at > 0 && at < s.length && isWordChar(s, at - 1) && isWordChar(s, at)

// The run of word chars starting at `at` (forwards) or ending at `at` (backwards).
function wordAt(s: string, at: number, forwards: boolean): string {
  let i = at
  if (forwards) {
    while (i < s.length && isWordChar(s, i)) i++
    return s.slice(at, i)
  }
  while (i > 0 && isWordChar(s, i - 1)) i--
  return s.slice(i, at)
}

/** How a candidate edge reads in the text, as the stored quote's edge did; see `edgeRank`. */
interface EdgeShape {
  /** The stored quote's edge lay between words (or at the text's edge). */
  betweenWords: boolean
  /** The stored quote's word at that edge ('' when it starts or ends with a non-word char). */
  word: string
}

function startShape(quote: TextQuoteSelector): EdgeShape {
  const { prefix, exact } = quote
  const betweenWords = !(isWordChar(prefix, prefix.length - 1) && isWordChar(exact, 0))
  return { betweenWords, word: wordAt(exact, 0, true) }
}

function endShape(quote: TextQuoteSelector): EdgeShape {
  const { suffix, exact } = quote
  const betweenWords = !(isWordChar(exact, exact.length - 1) && isWordChar(suffix, 0))
  return { betweenWords, word: wordAt(exact, exact.length, false) }
}

// The penalty of an edge at text offset `at`: inside a word where the stored edge was not, or
// next to a word other than the stored quote's own.
function penalty(text: string, at: number, shape: EdgeShape, side: 'start' | 'end'): number {
  if (!shape.betweenWords) return 0
  if (midWord(text, at)) return MID_WORD
  return isWordAt(text, at, shape.word, side) ? 0 : OTHER_WORD
}

// Whether the whole word beside `at` (after it for a start, before it for an end) is `word`,
// without slicing it out: this runs for every column of an alignment window.
function isWordAt(text: string, at: number, word: string, side: 'start' | 'end'): boolean {
  if (side === 'start') {
    return text.startsWith(word, at) && !isWordChar(text, at + word.length)
  }
  const from = at - word.length
  return from >= 0 && text.startsWith(word, from) && !isWordChar(text, from - 1)
}

/**
 * The tie-breaking rank of a span's edges (lower is better), for placements with as many edits:
 * see the weights above. `anchor` compares a found span with its realigned one by edits first,
 * then by this.
 */
export function edgeRank(
  text: string,
  quote: TextQuoteSelector,
  span: { start: number; end: number }
): number {
  return (
    penalty(text, span.start, startShape(quote), 'start') +
    penalty(text, span.end, endShape(quote), 'end')
  )
}

/**
 * Whether some offset within reach of either edge of `span` would rank better (`edgeRank`) than
 * the edge itself. For a span flush against verbatim context a realignment can only tie on
 * edits, so when no nearby offset ranks better there is nothing to gain and the alignment (the
 * costly part) is skipped.
 */
export function mayRankBetter(
  text: string,
  quote: TextQuoteSelector,
  span: { start: number; end: number }
): boolean {
  const sides: [number, EdgeShape, 'start' | 'end'][] = [
    [span.start, startShape(quote), 'start'],
    [span.end, endShape(quote), 'end']
  ]
  return sides.some(([at, shape, side]) => {
    const here = penalty(text, at, shape, side)
    if (here === 0) return false
    const lo = Math.max(0, at - EDGE_CHARS - REACH)
    const hi = Math.min(text.length, at + EDGE_CHARS + REACH)
    for (let x = lo; x <= hi; x++) if (penalty(text, x, shape, side) < here) return true
    return false
  })
}

/**
 * Puts a drifted candidate's edges where an alignment of the stored text puts them: the prefix
 * followed by the quote's first chars aligned to the text around the start, the quote's last
 * chars followed by the suffix aligned to the text around the end (Levenshtein, free at the
 * outer ends, ties broken by words as above). The edge is where the alignment passes from context
 * to quote. This finds the true edge when the quote's first or last word was edited ("mined a
 * camp" → "mined roughly a camp") or a word was inserted into the context beside it, where the
 * span with the fewest quote edits alone ("ughly a camp"), or the edge that best matches the
 * context alone, lands a few chars off. Returns the candidate with its new edges (errors left to
 * the caller to recompute), or unchanged.
 */
export function alignEdges(
  text: string,
  quote: TextQuoteSelector,
  candidate: Candidate
): Candidate {
  const { prefix, suffix, exact } = quote
  const k = Math.min(EDGE_CHARS, exact.length)

  const startLo = Math.max(0, candidate.start - 2 * prefix.length - REACH)
  const startHi = Math.min(text.length, candidate.start + k + REACH)
  const head = exact.slice(0, k)
  const start = junction(text, startLo, startHi, prefix, head, 'start', startShape(quote))

  const endLo = Math.max(0, candidate.end - k - REACH)
  const endHi = Math.min(text.length, candidate.end + 2 * suffix.length + REACH)
  const tail = exact.slice(exact.length - k)
  const end = junction(text, endLo, endHi, tail, suffix, 'end', endShape(quote))

  if (start === null || end === null || end <= start) return candidate
  if (start === candidate.start && end === candidate.end) return candidate
  return { start, end, errors: candidate.errors }
}

// Reused between calls: the alignment matrix of the largest window so far.
let matrix = new Int32Array(0)

/**
 * Aligns `first + second` to a substring of text[lo, hi) (free start and end) and returns the text
 * offset where `first` ends and `second` begins: the quote's start (`edge` 'start': context, then
 * quote) or end ('end': quote, then context). Null when the window is empty.
 */
function junction(
  text: string,
  lo: number,
  hi: number,
  first: string,
  second: string,
  edge: 'start' | 'end',
  shape: EdgeShape
): number | null {
  const width = hi - lo
  if (width <= 0) return null
  const pattern = first + second
  const rows = pattern.length
  const cols = width + 1
  if (matrix.length < (rows + 1) * cols) matrix = new Int32Array((rows + 1) * cols)
  const d = matrix
  // Row i has consumed pattern chars [0, i). The edge is the column at which the path steps from
  // row `first.length` to the next: the step into that row (from `stepRow - 1`) pays the penalty
  // of the column it lands on.
  const stepRow = first.length + 1
  const edgeCost = new Int32Array(cols)
  for (let j = 0; j <= width; j++) edgeCost[j] = penalty(text, lo + j, shape, edge)

  for (let j = 0; j <= width; j++) d[j] = 0
  const codes = new Uint16Array(width)
  for (let j = 0; j < width; j++) codes[j] = text.charCodeAt(lo + j)
  const none = new Int32Array(cols)
  for (let i = 1; i <= rows; i++) {
    const row = i * cols
    const above = row - cols
    const c = pattern.charCodeAt(i - 1)
    const pay = i === stepRow ? edgeCost : none
    d[row] = (d[above] ?? 0) + EDIT + (pay[0] ?? 0)
    let left = d[row] ?? 0
    for (let j = 1; j <= width; j++) {
      const diagonal = (d[above + j - 1] ?? 0) + (codes[j - 1] === c ? 0 : EDIT) + (pay[j - 1] ?? 0)
      const deleted = (d[above + j] ?? 0) + EDIT + (pay[j] ?? 0)
      const inserted = left + EDIT
      left =
        diagonal < deleted
          ? diagonal < inserted
            ? diagonal
            : inserted
          : deleted < inserted
            ? deleted
            : inserted
      d[row + j] = left
    }
  }

  // Free end: the best cell of the last row.
  const last = rows * cols
  let j = 0
  for (let x = 1; x <= width; x++) if ((d[last + x] ?? 0) < (d[last + j] ?? 0)) j = x
  // No stored suffix (the quote ended the text): the quote ends where the alignment ends.
  if (second.length === 0) return lo + j
  // Trace back until the path steps up out of `stepRow`: the column it leaves from is the edge.
  let i = rows
  while (i > 0) {
    const row = i * cols
    const above = row - cols
    const here = d[row + j] ?? 0
    const c = pattern.charCodeAt(i - 1)
    const step = i === stepRow
    const same = j > 0 && text.charCodeAt(lo + j - 1) === c
    if (
      j > 0 &&
      here === (d[above + j - 1] ?? 0) + (same ? 0 : EDIT) + (step ? (edgeCost[j - 1] ?? 0) : 0)
    ) {
      if (step) return lo + j - 1
      i -= 1
      j -= 1
    } else if (here === (d[above + j] ?? 0) + EDIT + (step ? (edgeCost[j] ?? 0) : 0)) {
      if (step) return lo + j
      i -= 1
    } else {
      j -= 1
    }
  }
  return lo + j
}
