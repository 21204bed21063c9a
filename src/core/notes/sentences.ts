/** A sentence of a paragraph: [from, to) offsets into the paragraph text, trimmed of spaces. */
export interface SentenceSpan {
  from: number
  to: number
}

/**
 * Words that end with a period without ending the sentence: titles and ranks (always followed by a
 * name), months, units and Latin shorthand. Compared lower-case, without the period.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'mt',
  'ft',
  'gen',
  'col',
  'lt',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'cmdr',
  'brig',
  'gov',
  'govt',
  'sen',
  'rep',
  'pres',
  'amb',
  'rev',
  'hon',
  'jr',
  'sr',
  'vs',
  'approx',
  'est',
  'cf',
  'al',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'univ',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'ca',
  'op',
  'ibid',
  'etc'
])

/** Abbreviations only when a number follows ("No. 5", "pp. 3"): otherwise ordinary words ("the answer was no."). */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'pp', 'fig'])

/** Abbreviations that also end sentences often enough that a capital letter after them means a new one. */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['etc', 'a.m', 'p.m'])

const TERMINATORS = '.!?…'
const CLOSERS = '"\'”’)]»'

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r'
}

function isLowerCase(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase()
}

function isUpperCase(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

/** The word ending at the period at `dot` (letters and inner periods), lower-case, without that period. */
function wordBefore(text: string, dot: number): string {
  let start = dot
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--
  return text.slice(start, dot)
}

/** Whether the single period at `dot`, followed by `next`, ends an abbreviation rather than a sentence. */
function isAbbreviation(text: string, dot: number, next: string): boolean {
  const word = wordBefore(text, dot)
  if (word === '') return false
  const lower = word.toLowerCase()
  if (SENTENCE_FINAL_ABBREVIATIONS.has(lower)) return !isUpperCase(next)
  if (NUMBER_ABBREVIATIONS.has(lower)) return /\d/.test(next)
  if (ABBREVIATIONS.has(lower)) return true
  // An initial ("J. Smith") or a dotted abbreviation ("U.S.", "e.g.").
  if (/^\p{Lu}$/u.test(word)) return true
  return /^(?:\p{L}\.)+\p{L}$/u.test(word)
}

/**
 * Splits a paragraph into sentences. A sentence ends at . ! ? or … (with any closing quotes or
 * brackets) followed by a space and a word that does not start in lower case, unless the period
 * belongs to a known abbreviation, an initial or a dotted abbreviation; a line break always ends one.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let start = 0
  const push = (from: number, to: number): void => {
    while (from < to && (isSpace(text[from]!) || text[from] === '\n')) from++
    while (to > from && (isSpace(text[to - 1]!) || text[to - 1] === '\n')) to--
    if (to > from) spans.push({ from, to })
  }
  let i = 0
  while (i < text.length) {
    const ch = text[i]!
    if (ch === '\n') {
      push(start, i)
      start = i + 1
      i++
      continue
    }
    if (!TERMINATORS.includes(ch)) {
      i++
      continue
    }
    let end = i
    while (end < text.length && TERMINATORS.includes(text[end]!)) end++
    const runLength = end - i
    while (end < text.length && CLOSERS.includes(text[end]!)) end++
    if (end < text.length && !isSpace(text[end]!) && text[end] !== '\n') {
      i = end
      continue
    }
    let next = end
    while (next < text.length && isSpace(text[next]!)) next++
    const nextChar = text[next] ?? ''
    const endsSentence =
      nextChar === '' ||
      nextChar === '\n' ||
      (!isLowerCase(nextChar) &&
        !(ch === '.' && runLength === 1 && isAbbreviation(text, i, nextChar)))
    if (endsSentence) {
      push(start, end)
      start = end
    }
    i = end
  }
  push(start, text.length)
  return spans
}
