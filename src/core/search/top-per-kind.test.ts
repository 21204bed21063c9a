import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { SearchKind } from './search-document'
import { TopPerKind } from './top-per-kind'

const KINDS: SearchKind[] = ['article', 'annotation', 'event', 'note']

interface Offer {
  doc: number
  score: number
  kind: SearchKind
}

/** The obvious way: sort everything, then walk it taking what the limits allow. */
function sortThenTake(offers: readonly Offer[], limit: number, perKind: number): number[] {
  const sorted = [...offers].sort((a, b) => b.score - a.score || a.doc - b.doc)
  const taken = new Map<SearchKind, number>()
  const out: number[] = []
  for (const o of sorted) {
    if (out.length === limit) break
    if ((taken.get(o.kind) ?? 0) === perKind) continue
    taken.set(o.kind, (taken.get(o.kind) ?? 0) + 1)
    out.push(o.doc)
  }
  return out
}

describe('TopPerKind', () => {
  it('keeps the best of each kind, then the best of those, ties to the earlier document', () => {
    const top = new TopPerKind(2)
    const offers: Offer[] = [
      { doc: 5, score: 1, kind: 'event' },
      { doc: 1, score: 4, kind: 'annotation' },
      { doc: 2, score: 9, kind: 'annotation' },
      { doc: 3, score: 4, kind: 'annotation' },
      { doc: 0, score: 4, kind: 'annotation' },
      { doc: 4, score: 2, kind: 'event' },
      { doc: 6, score: 3, kind: 'event' }
    ]
    for (const o of offers) top.offer(o.doc, o.score, o.kind)
    expect(top.best(10)).toEqual([
      { doc: 2, score: 9 },
      { doc: 0, score: 4 },
      { doc: 6, score: 3 },
      { doc: 4, score: 2 }
    ])
    expect(top.best(3).map((d) => d.doc)).toEqual([2, 0, 6])
  })

  it('gives what sorting everything would, for any offers and limits', () => {
    const offers = fc.uniqueArray(
      fc.record({
        doc: fc.nat(500),
        // Few distinct scores, so ties are common.
        score: fc.integer({ min: 1, max: 12 }).map((n) => n / 4),
        kind: fc.constantFrom(...KINDS)
      }),
      { selector: (o) => o.doc, maxLength: 200 }
    )
    fc.assert(
      fc.property(offers, fc.nat(30), fc.nat(10), (list, limit, perKind) => {
        const top = new TopPerKind(perKind)
        for (const o of list) top.offer(o.doc, o.score, o.kind)
        expect(top.best(limit).map((d) => d.doc)).toEqual(sortThenTake(list, limit, perKind))
      })
    )
  })
})
