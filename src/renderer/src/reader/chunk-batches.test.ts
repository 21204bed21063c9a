import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chunkBatches, FIRST_BATCH, LATER_BATCH, WHOLE_UP_TO } from './chunk-batches'

const items = (n: number, length: number): { text: string }[] =>
  Array.from({ length: n }, (_, i) => ({ text: String(i).padEnd(length, '.') }))

describe('chunkBatches', () => {
  it('keeps an ordinary article in one batch, as it was shown before', () => {
    const all = items(1_500, 400)
    expect(chunkBatches(all)).toEqual([all])
  })

  it('puts a long article in a small first batch, then larger ones, in order and complete', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: WHOLE_UP_TO.elements + 1, max: 12_000 }),
        fc.integer({ min: 1, max: 4_000 }),
        (n, length) => {
          const all = items(n, length)
          const batches = chunkBatches(all)
          expect(batches.flat()).toEqual(all)
          const chars = (b: { text: string }[]): number => b.reduce((s, c) => s + c.text.length, 0)
          expect(batches[0]!.length).toBeLessThanOrEqual(FIRST_BATCH.elements)
          for (const b of batches.slice(1)) {
            expect(b.length).toBeLessThanOrEqual(LATER_BATCH.elements)
            expect(b.length === 1 || chars(b) <= LATER_BATCH.chars).toBe(true)
          }
        }
      ),
      { numRuns: 20 }
    )
  })
})
