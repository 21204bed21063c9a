import { diffArrays, diffWords } from 'diff'
import { BLOCK_SEPARATOR } from '../../shared/model/text-model'
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

// Below this share of unchanged characters a paragraph pair reads better as one replaced whole
// than as a word diff that keeps only "the" and "of" in common.
const MIN_KEPT = 0.3

/** The share of the longer paragraph's words that the other paragraph also has (as a multiset). */
function sharedWords(a: string, b: string): number {
  const left = a.split(/\s+/)
  const right = b.split(/\s+/)
  const counts = new Map<string, number>()
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1)
  let shared = 0
  for (const w of right) {
    const n = counts.get(w) ?? 0
    if (n > 0) {
      shared++
      counts.set(w, n - 1)
    }
  }
  return shared / Math.max(left.length, right.length)
}

/**
 * A word-level diff from one version of an article's text to another. Paragraphs are aligned
 * first (jsdiff's diffArrays) and words compared only inside a changed pair (diffWords), so the
 * cost follows the changed paragraphs, not the article's length times its changes: a 10,000-word
 * article with one word in ten changed is compared in milliseconds, where one diffWords over the
 * whole text took seconds. `maxEditLength` bounds each paragraph's word diff; past it the
 * paragraph is shown as replaced whole.
 */
export function wordDiff(before: string, after: string, maxEditLength = 2_000): WordDiff {
  const parts: DiffPart[] = []
  const push = (kind: DiffPartKind, text: string): void => {
    if (text === '') return
    const last = parts.at(-1)
    if (last && last.kind === kind) last.text += text
    else parts.push({ kind, text })
  }
  // A separator belongs to the sides that have a paragraph before it.
  const started = { before: false, after: false }
  const paragraph = (inBefore: boolean, inAfter: boolean, emit: () => void): void => {
    const sepBefore = inBefore && started.before
    const sepAfter = inAfter && started.after
    if (sepBefore && sepAfter) push('same', BLOCK_SEPARATOR)
    else if (sepBefore) push('removed', BLOCK_SEPARATOR)
    else if (sepAfter) push('added', BLOCK_SEPARATOR)
    emit()
    if (inBefore) started.before = true
    if (inAfter) started.after = true
  }
  const changed = (a: string, b: string): void => {
    // Paragraphs that share few words are replaced whole without running the diff at all.
    const words = sharedWords(a, b) < MIN_KEPT ? undefined : diffWords(a, b, { maxEditLength })
    const kept = words
      ?.filter((c) => !c.added && !c.removed)
      .reduce((n, c) => n + c.value.length, 0)
    if (!words || (kept ?? 0) < MIN_KEPT * Math.max(a.length, b.length)) {
      push('removed', a)
      push('added', b)
      return
    }
    for (const c of words) push(c.added ? 'added' : c.removed ? 'removed' : 'same', c.value)
  }

  const blocks = diffArrays(before.split(BLOCK_SEPARATOR), after.split(BLOCK_SEPARATOR))
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const next = blocks[i + 1]
    if (block.removed && next?.added) {
      // A run of removed paragraphs then added ones: pair them in order, word-diff each pair.
      const pairs = Math.min(block.value.length, next.value.length)
      for (let k = 0; k < pairs; k++)
        paragraph(true, true, () => changed(block.value[k]!, next.value[k]!))
      for (const p of block.value.slice(pairs)) paragraph(true, false, () => push('removed', p))
      for (const p of next.value.slice(pairs)) paragraph(false, true, () => push('added', p))
      i++
    } else if (block.removed) {
      for (const p of block.value) paragraph(true, false, () => push('removed', p))
    } else if (block.added) {
      for (const p of block.value) paragraph(false, true, () => push('added', p))
    } else {
      for (const p of block.value) paragraph(true, true, () => push('same', p))
    }
  }
  let removedWords = 0
  let addedWords = 0
  for (const p of parts) {
    if (p.kind === 'removed') removedWords += countWords(p.text)
    if (p.kind === 'added') addedWords += countWords(p.text)
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
