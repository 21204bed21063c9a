// How text becomes search terms, shared by indexing, querying and snippets so that a word the
// index matched is always found again when the snippet is cut.

/** Letters, digits and combining marks make words; everything else separates them. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu
const SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u
const MARKS = /\p{M}+/gu
const NON_ASCII = /[^ -~]/

// The commonest English function words. They are in almost every record, so matching them only
// costs time (a one-letter prefix would touch every document) and ranks nothing.
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this to ' +
    'was we were what when which while who will with you your'
  ).split(' ')
)

/** Splits text into raw words (not yet normalised). */
export function tokenize(text: string): string[] {
  return text.split(SEPARATOR).filter((t) => t !== '')
}

/** Lower case without accents ("Türkiye" → "turkiye"); null for words not worth indexing. */
export function normaliseTerm(word: string): string | null {
  const lower = word.toLowerCase()
  // Decomposing is the slow part of indexing; plain ASCII words have nothing to decompose.
  const term = NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower
  if (term === '' || STOP_WORDS.has(term)) return null
  // Single letters are noise ("s" from "Iran's"); single digits are kept ("5 killed").
  if (term.length === 1 && !/\d/.test(term)) return null
  return term
}

/** Each word of `text` with where it starts and ends, for cutting snippets around matches. */
export function* wordsWithOffsets(
  text: string
): Generator<{ start: number; end: number; term: string | null }> {
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    yield { start, end: start + match[0].length, term: normaliseTerm(match[0]) }
  }
}

/** A word of a text that is one of the terms looked for. */
export interface WordMatch {
  start: number
  end: number
  term: string
}

// Anything beyond 7-bit ASCII (accents, other scripts) needs the full word splitting.
const BEYOND_ASCII = /[\u0080-\uffff]/
// A digit or a lower-case letter: only lower-cased text is looked at.
const isAsciiWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122)

/**
 * The words of `text` whose normalised term is in `terms`, in order: what `wordsWithOffsets`
 * would give, filtered. Plain ASCII text (nearly all of it) is searched for each term instead of
 * split into words: an 8,000-character article holds 1,200 words to normalise, and the palette
 * cuts snippets from several on every keystroke.
 */
export function matchingWords(text: string, terms: ReadonlySet<string>): Iterable<WordMatch> {
  if (BEYOND_ASCII.test(text)) return slowMatchingWords(text, terms)
  // Lower-casing ASCII keeps every offset; a term found with no word character on either side
  // is a whole word whose term it is (terms never hold separators).
  const lower = text.toLowerCase()
  const found: WordMatch[] = []
  for (const term of terms) {
    if (term === '') continue
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
      const end = at + term.length
      if (at > 0 && isAsciiWordChar(lower.charCodeAt(at - 1))) continue
      if (end < lower.length && isAsciiWordChar(lower.charCodeAt(end))) continue
      found.push({ start: at, end, term })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

function* slowMatchingWords(text: string, terms: ReadonlySet<string>): Generator<WordMatch> {
  for (const { start, end, term } of wordsWithOffsets(text))
    if (term && terms.has(term)) yield { start, end, term }
}

/** The distinct terms of a query, in the order typed. */
export function queryTerms(query: string): string[] {
  const terms: string[] = []
  for (const word of tokenize(query)) {
    const term = normaliseTerm(word)
    if (term && !terms.includes(term)) terms.push(term)
  }
  return terms
}
