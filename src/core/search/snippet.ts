import { matchingWords } from './search-terms'

/** A run of text, marked when it is a word the query matched. */
export interface TextPart {
  text: string
  match: boolean
}

const SPACE = /\s/

/** Splits `text` into runs, marking each word whose normalised term is in `terms`. */
export function markText(text: string, terms: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = []
  let at = 0
  for (const word of matchingWords(text, terms)) {
    if (word.start > at) parts.push({ text: text.slice(at, word.start), match: false })
    parts.push({ text: text.slice(word.start, word.end), match: true })
    at = word.end
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false })
  return parts
}

// Matches looked at when choosing where to cut: enough for a snippet, bounded for long articles.
const MATCHES_CONSIDERED = 64

/**
 * The match to centre a snippet on: the first one that starts the window holding the most
 * different matched words ("drone attack" shows "a drone attack which…", not the first "attacks"
 * three paragraphs earlier).
 */
function bestMatch(
  text: string,
  terms: ReadonlySet<string>,
  span: number
): { start: number; end: number } | null {
  const matches: { start: number; end: number; term: string }[] = []
  const inWindow = new Map<string, number>()
  let best: { start: number; end: number } | null = null
  let bestCount = 0
  let first = 0
  for (const word of matchingWords(text, terms)) {
    matches.push(word)
    inWindow.set(word.term, (inWindow.get(word.term) ?? 0) + 1)
    while (word.end - matches[first]!.start > span) {
      const gone = matches[first++]!.term
      const left = inWindow.get(gone)! - 1
      if (left === 0) inWindow.delete(gone)
      else inWindow.set(gone, left)
    }
    if (inWindow.size > bestCount) {
      bestCount = inWindow.size
      best = matches[first]!
      if (bestCount === terms.size) break
    }
    if (matches.length >= MATCHES_CONSIDERED) break
  }
  return best
}

/** Cuts `text[from, to)` at word boundaries, collapses white space and adds ellipses. */
function cut(text: string, from: number, to: number, terms: ReadonlySet<string>): TextPart[] {
  let start = from
  if (start > 0) {
    // Start after the nearest space at or before `from`, so no word is shown half.
    while (start > 0 && !SPACE.test(text[start - 1]!)) start--
  }
  let end = Math.min(text.length, to)
  if (end < text.length) {
    let back = end
    while (back > start && !SPACE.test(text[back]!)) back--
    if (back > start) end = back
  }
  const slice = text.slice(start, end).replace(/\s+/g, ' ').trim()
  const parts = markText(slice, terms)
  if (start > 0) parts.unshift({ text: '… ', match: false })
  if (end < text.length) parts.push({ text: ' …', match: false })
  return parts
}

/**
 * About `width` characters of `text` around its matching words (a third of the window before
 * the first of them), or null when no word matches.
 */
export function snippetAround(
  text: string,
  terms: ReadonlySet<string>,
  width = 160
): TextPart[] | null {
  const hit = bestMatch(text, terms, Math.floor((width * 2) / 3))
  if (!hit) return null
  const from = Math.max(0, hit.start - Math.floor(width / 3))
  return cut(text, from, Math.max(hit.end, from + width), terms)
}

/** The first `width` characters of `text`, cut at a word boundary. */
export function leadingSnippet(text: string, terms: ReadonlySet<string>, width = 160): TextPart[] {
  return text.trim() === '' ? [] : cut(text, 0, width, terms)
}
