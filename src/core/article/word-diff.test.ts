import { describe, expect, it } from 'vitest'
import { collapseUnchanged, wordDiff } from './word-diff'

describe('wordDiff', () => {
  it('marks a changed word as removed then added, the rest unchanged', () => {
    const d = wordDiff('Twelve people were killed.', 'Fourteen people were killed.')!
    expect(d.parts).toEqual([
      { kind: 'removed', text: 'Twelve' },
      { kind: 'added', text: 'Fourteen' },
      { kind: 'same', text: ' people were killed.' }
    ])
    expect(d).toMatchObject({ removedWords: 1, addedWords: 1 })
  })

  it('rebuilds both texts from its parts', () => {
    const before = 'A first paragraph.\n\nA second one here.\n\nA third.'
    const after = 'A first paragraph, longer.\n\nA third.\n\nA new fourth.'
    const d = wordDiff(before, after)!
    const side = (skip: string): string =>
      d.parts
        .filter((p) => p.kind !== skip)
        .map((p) => p.text)
        .join('')
    expect(side('added')).toBe(before)
    expect(side('removed')).toBe(after)
  })

  it('reports identical texts as one unchanged part', () => {
    expect(wordDiff('same text', 'same text')).toEqual({
      parts: [{ kind: 'same', text: 'same text' }],
      removedWords: 0,
      addedWords: 0
    })
  })

  it('gives up (null) on texts too different to compare within the limit', () => {
    const a = Array.from({ length: 200 }, (_, i) => `a${i}`).join(' ')
    const b = Array.from({ length: 200 }, (_, i) => `b${i}`).join(' ')
    expect(wordDiff(a, b, 50)).toBeNull()
  })
})

describe('collapseUnchanged', () => {
  const long = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ')

  it('keeps the context around a change and counts the words it skips', () => {
    const d = wordDiff(`${long} old ${long}`, `${long} new ${long}`)!
    const shown = collapseUnchanged(d.parts, 40)
    expect(shown.map((p) => p.kind)).toEqual([
      'skipped',
      'same',
      'removed',
      'added',
      'same',
      'skipped'
    ])
    const skipped = shown.filter((p) => p.kind === 'skipped').map((p) => p.words)
    const kept = shown.flatMap((p) =>
      p.kind === 'same' ? p.text.split(/\s+/).filter(Boolean) : []
    )
    // Every unchanged word is either shown or counted as skipped.
    expect(skipped.reduce((a, b) => a + b, 0) + kept.length).toBe(240)
  })

  it('leaves short runs whole', () => {
    const d = wordDiff('a b c', 'a x c')!
    expect(collapseUnchanged(d.parts)).toEqual(d.parts)
  })
})
