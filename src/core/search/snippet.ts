import { wordsWithOffsets } from './search-terms'

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
  for (const word of wordsWithOffsets(text)) {
    if (!word.term || !terms.has(word.term)) continue
    if (word.start > at) parts.push({ text: text.slice(at, word.start), match: false })
    parts.push({ text: text.slice(word.start, word.end), match: true })
    at = word.end
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false })
  return parts
}

function firstMatch(
  text: string,
  terms: ReadonlySet<string>
): { start: number; end: number } | null {
  for (const word of wordsWithOffsets(text)) if (word.term && terms.has(word.term)) return word
  return null
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
 * About `width` characters of `text` around its first matching word (a third of the window
 * before it), or null when no word matches.
 */
export function snippetAround(
  text: string,
  terms: ReadonlySet<string>,
  width = 160
): TextPart[] | null {
  const hit = firstMatch(text, terms)
  if (!hit) return null
  const from = Math.max(0, hit.start - Math.floor(width / 3))
  return cut(text, from, Math.max(hit.end, from + width), terms)
}

/** The first `width` characters of `text`, cut at a word boundary. */
export function leadingSnippet(text: string, terms: ReadonlySet<string>, width = 160): TextPart[] {
  return text.trim() === '' ? [] : cut(text, 0, width, terms)
}
