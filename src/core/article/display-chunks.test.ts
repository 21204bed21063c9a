import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TextBlock } from '../../shared/model/text-model'
import { displayChunks, pieceEnd } from './display-chunks'
import { blockOffsets, plainText } from './plain-text'

const block = fc.record({
  kind: fc.constantFrom('paragraph' as const, 'heading' as const, 'quote' as const),
  // Words, runs of spaces and astral characters (surrogate pairs) in any mix.
  text: fc
    .array(fc.oneof(fc.constantFrom(' ', '  ', 'word', 'ab', '😀', 'x😀y', '\u00a0')), {
      minLength: 1,
      maxLength: 80
    })
    .map((parts) => parts.join(''))
})

describe('displayChunks', () => {
  it('keeps every offset: each piece is the plain text at its start, and the pieces tile each block', () => {
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 2, max: 30 }),
        (blocks: TextBlock[], splitOver, size) => {
          const text = plainText(blocks)
          const offsets = blockOffsets(blocks)
          const chunks = displayChunks(blocks, splitOver, size)
          for (const c of chunks) expect(text.slice(c.start, c.start + c.text.length)).toBe(c.text)
          blocks.forEach((b, i) => {
            const mine = chunks.filter((c) => c.block === i)
            expect(mine.map((c) => c.text).join('')).toBe(b.text)
            expect(mine[0]!.start).toBe(offsets[i])
            expect(mine[0]!.first).toBe(true)
            expect(mine.at(-1)!.last).toBe(true)
            expect(mine.filter((c) => c.first || c.last).length).toBe(mine.length === 1 ? 1 : 2)
            for (let k = 1; k < mine.length; k++)
              expect(mine[k]!.start).toBe(mine[k - 1]!.start + mine[k - 1]!.text.length)
            // A short block is one piece; a long one never has a piece cut in a surrogate pair.
            if (b.text.length <= splitOver) expect(mine).toHaveLength(1)
            for (const c of mine) {
              expect(c.text.length).toBeGreaterThan(0)
              expect(c.text.length).toBeLessThanOrEqual(
                b.text.length <= splitOver ? Infinity : size
              )
              expect(/^[\uDC00-\uDFFF]/.test(c.text)).toBe(false)
            }
          })
        }
      )
    )
  })

  it('leaves an ordinary article as one element per block', () => {
    const blocks: TextBlock[] = [
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'One paragraph.' }
    ]
    expect(displayChunks(blocks)).toEqual([
      { block: 0, kind: 'heading', level: 1, start: 0, text: 'Title', first: true, last: true },
      { block: 1, kind: 'paragraph', start: 7, text: 'One paragraph.', first: true, last: true }
    ])
  })

  it('cuts a long paragraph after a space, never inside a word', () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `word${i}`).join(' ')
    const chunks = displayChunks([{ kind: 'paragraph', text }])
    expect(chunks.length).toBeGreaterThan(5)
    for (const c of chunks.slice(0, -1)) expect(c.text.endsWith(' ')).toBe(true)
    expect(chunks.map((c) => c.text).join('')).toBe(text)
  })
})

describe('pieceEnd', () => {
  it('cuts at the size when there is no space, but not between the halves of a surrogate pair', () => {
    expect(pieceEnd('abcdefgh', 0, 4)).toBe(4)
    expect(pieceEnd('abc😀defg', 0, 4)).toBe(3)
    expect(pieceEnd('ab cdefgh', 0, 4)).toBe(3)
    expect(pieceEnd('abc', 0, 4)).toBe(3)
  })
})
