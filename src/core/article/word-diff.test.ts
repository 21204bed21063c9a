import { describe, expect, it } from 'vitest'
import { collapseUnchanged, wordDiff } from './word-diff'

describe('wordDiff', () => {
  it('marks a changed word as removed then added, the rest unchanged', () => {
    const d = wordDiff('Twelve people were killed.', 'Fourteen people were killed.')
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
    const d = wordDiff(before, after)
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

  it('shows an unrelated paragraph as replaced whole, not interleaved on "the"', () => {
    const d = wordDiff(
      'Same start.\n\nThe army shelled the town at dawn.\n\nSame end.',
      'Same start.\n\nA new clinic opened in the capital of the province.\n\nSame end.'
    )
    expect(d.parts).toEqual([
      { kind: 'same', text: 'Same start.\n\n' },
      { kind: 'removed', text: 'The army shelled the town at dawn.' },
      { kind: 'added', text: 'A new clinic opened in the capital of the province.' },
      { kind: 'same', text: '\n\nSame end.' }
    ])
  })

  it('rebuilds both sides when paragraphs are removed, added, split and moved', () => {
    const words = (seed: number, n: number): string =>
      Array.from({ length: n }, (_, i) => `w${(seed * 7 + i * 13) % 97}`).join(' ')
    const paras = Array.from({ length: 12 }, (_, i) => words(i, 20 + i))
    const variants = [
      paras.filter((_, i) => i !== 3),
      [words(99, 5), ...paras],
      [...paras.slice(0, 5), paras[5]!.replace('w', 'X'), ...paras.slice(6), words(50, 9)],
      [...paras.slice(6), ...paras.slice(0, 6)],
      paras.map((p, i) => (i % 2 ? p.split(' ').reverse().join(' ') : p))
    ]
    const before = paras.join('\n\n')
    for (const v of variants) {
      const after = v.join('\n\n')
      const d = wordDiff(before, after)
      const side = (skip: string): string =>
        d.parts
          .filter((p) => p.kind !== skip)
          .map((p) => p.text)
          .join('')
      expect(side('added')).toBe(before)
      expect(side('removed')).toBe(after)
    }
  })
})

describe('collapseUnchanged', () => {
  const long = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ')

  it('keeps the context around a change and counts the words it skips', () => {
    const d = wordDiff(`${long} old ${long}`, `${long} new ${long}`)
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
    const d = wordDiff('a b c', 'a x c')
    expect(collapseUnchanged(d.parts)).toEqual(d.parts)
  })
})
