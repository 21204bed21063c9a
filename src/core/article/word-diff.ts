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

/** A diff part as shown: a long unchanged run is cut to its ends around an ellipsis. */
export type ShownDiffPart = DiffPart | { kind: 'skipped'; words: number }

/**
 * Cuts every unchanged run longer than `2 * keep` characters down to its first and last `keep`
 * characters (at word boundaries), so a one-word fix in a long article shows as one line of
 * context, not the whole text.
 */
export function collapseUnchanged(parts: readonly DiffPart[], keep = 160): ShownDiffPart[] {
  const shown: ShownDiffPart[] = []
  parts.forEach((p, i) => {
    if (p.kind !== 'same' || p.text.length <= keep * 2 + 40) return void shown.push(p)
    // The first run has no change before it and the last none after: no context needed there.
    const head = i === 0 ? '' : p.text.slice(0, p.text.indexOf(' ', keep) + 1 || keep)
    const tailFrom = p.text.lastIndexOf(' ', p.text.length - keep)
    const tail = i === parts.length - 1 ? '' : p.text.slice(tailFrom < 0 ? -keep : tailFrom)
    const middle = p.text.slice(head.length, p.text.length - tail.length)
    if (head) shown.push({ kind: 'same', text: head })
    shown.push({ kind: 'skipped', words: countWords(middle) })
    if (tail) shown.push({ kind: 'same', text: tail })
  })
  return shown
}
