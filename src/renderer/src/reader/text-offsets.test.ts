import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { displayChunks } from '@core/article/display-chunks'
import { blockOffsets } from '@core/article/plain-text'
import type { TextBlock } from '@shared/model/text-model'
import { blockAt } from './blocks-in-view'
import { chunkBatches } from './chunk-batches'
import { createRangeMaker, rangeToOffsets } from './text-offsets'

/** The reader's body as ArticleText lays it out: pieces of long blocks, batches when many. */
function body(blocks: TextBlock[], splitOver: number, size: number, batched: boolean): HTMLElement {
  const el = document.createElement('div')
  const chunks = displayChunks(blocks, splitOver, size)
  const batches = batched ? chunkBatches(chunks) : [chunks]
  for (const batch of batches) {
    const parent = batched ? el.appendChild(document.createElement('div')) : el
    if (batched) parent.className = 'article-batch'
    for (const c of batch) {
      const p = parent.appendChild(document.createElement('p'))
      p.dataset.offset = String(c.start)
      p.textContent = c.text
    }
  }
  document.body.replaceChildren(el)
  return el
}

const word = fc.constantFrom('alpha ', 'beta ', 'gamma. ', '😀 ', 'x')
const blocks = fc.array(
  fc.array(word, { minLength: 1, maxLength: 60 }).map((w) => ({
    kind: 'paragraph' as const,
    text: w.join('')
  })),
  { minLength: 1, maxLength: 30 }
)

describe('offsets in a reader whose long blocks are shown in pieces and batches', () => {
  it('a span inside a block maps to a range of exactly its text and back, across piece edges', () => {
    fc.assert(
      fc.property(
        blocks,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 2, max: 25 }),
        fc.boolean(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (list, splitOver, size, batched, which, a, b) => {
          const el = body(list, splitOver, size, batched)
          const i = which % list.length
          const text = list[i]!.text
          const start = a % (text.length + 1)
          const end = start + (b % (text.length - start + 1))
          fc.pre(end > start)
          const base = blockOffsets(list)[i]!
          const range = createRangeMaker(el)(base + start, base + end)
          expect(range?.toString()).toBe(text.slice(start, end))
          expect(rangeToOffsets(el, range!)).toEqual({ start: base + start, end: base + end })
        }
      ),
      { numRuns: 200 }
    )
  })

  it('finds the element holding every offset, whether the body is batched or not', () => {
    const list: TextBlock[] = Array.from({ length: 2_600 }, (_, i) => ({
      kind: 'paragraph',
      text: `Paragraph ${i} `.repeat(1 + (i % 7))
    }))
    for (const batched of [false, true]) {
      const el = body(list, 40, 20, batched)
      expect(el.firstElementChild!.classList.contains('article-batch')).toBe(batched)
      const elements = Array.from(el.querySelectorAll<HTMLElement>('[data-offset]'))
      for (const [k, e] of elements.entries()) {
        if (k % 97 !== 0) continue
        const at = Number(e.dataset.offset) + 1
        expect(blockAt(el, at)?.block).toBe(e)
        expect(blockAt(el, at)?.next).toBe(elements[k + 1] ?? null)
      }
    }
  })
})
