import { diffWords } from 'diff'

export type DiffPartKind = 'same' | 'added' | 'removed'

export interface DiffPart {
  kind: DiffPartKind
  text: string
}

export interface WordDiff {
  parts: DiffPart[]
  /** Words taken out and put in, for a one-line summary. */
  removedWords: number
  addedWords: number
}

const countWords = (text: string): number => text.split(/\s+/).filter((w) => w !== '').length

/**
 * A word-level diff from one version of an article's text to another (jsdiff's diffWords), or
 * null when the two differ too much to compare within `maxEditLength` words (a whole different
 * text): the caller then says so instead of freezing on a huge comparison.
 */
export function wordDiff(before: string, after: string, maxEditLength = 20_000): WordDiff | null {
  const changes = diffWords(before, after, { maxEditLength })
  if (!changes) return null
  const parts: DiffPart[] = []
  let removedWords = 0
  let addedWords = 0
  for (const c of changes) {
    const kind: DiffPartKind = c.added ? 'added' : c.removed ? 'removed' : 'same'
    if (kind === 'added') addedWords += countWords(c.value)
    if (kind === 'removed') removedWords += countWords(c.value)
    const last = parts.at(-1)
    if (last && last.kind === kind) last.text += c.value
    else parts.push({ kind, text: c.value })
  }
  return { parts, removedWords, addedWords }
}
