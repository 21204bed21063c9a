import type { Node as PMNode } from '@tiptap/pm/model'
import { textblocksOf, textblockText } from '../text/textblock-text'

export interface SearchOptions {
  caseSensitive: boolean
  wholeWord: boolean
}

export interface TextRange {
  from: number
  to: number
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Non-overlapping occurrences of `term` in `text`, as offsets. Case folding uses the regular
 * expression's `i` flag rather than lower-casing the text, because lower-casing can change the
 * length of a string and shift every offset after it.
 */
export function findInText(text: string, term: string, options: SearchOptions): TextRange[] {
  if (term === '') return []
  const body = escapeRegExp(term)
  const source = options.wholeWord ? `(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])` : body
  const pattern = new RegExp(source, options.caseSensitive ? 'gu' : 'giu')
  return [...text.matchAll(pattern)].map((m) => ({ from: m.index, to: m.index + m[0].length }))
}

/** Occurrences of `term` in a document, as positions; a match never spans two blocks or an inline atom. */
export function findInDoc(doc: PMNode, term: string, options: SearchOptions): TextRange[] {
  if (term === '') return []
  const matches: TextRange[] = []
  for (const { node, start } of textblocksOf(doc)) {
    for (const m of findInText(textblockText(node), term, options))
      matches.push({ from: start + m.from, to: start + m.to })
  }
  return matches
}

/** The index of the first match starting at or after `pos`, wrapping to the first; -1 when none. */
export function matchIndexFrom(matches: readonly TextRange[], pos: number): number {
  if (matches.length === 0) return -1
  const index = matches.findIndex((m) => m.from >= pos)
  return index === -1 ? 0 : index
}
