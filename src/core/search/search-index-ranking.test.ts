import { describe, expect, it } from 'vitest'
import { sampleDocuments } from './sample-documents'
import { createSearchIndex, searchIndex, type SearchIndex } from './search-index'

/**
 * What the index should give, the slow way: MiniSearch's own search for each word, the scores of
 * documents every word matched summed, all sorted, then taken best first within the limits.
 */
function reference(index: SearchIndex, words: string[], limit: number, perKind: number) {
  const per = words.map((w) => {
    const fuzzy = w.length >= 8 ? 2 : w.length >= 5 ? 1 : false
    const results = index.engine.search(w, { prefix: w.length >= 3, fuzzy })
    return new Map(results.map((r) => [r.id as string, r.score]))
  })
  const order = [...index.docs.keys()]
  const both = [...per[0]!].filter(([id]) => per.every((m) => m.has(id)))
  const summed = both.map(([id]) => ({ id, score: per.reduce((n, m) => n + m.get(id)!, 0) }))
  summed.sort((a, b) => b.score - a.score || order.indexOf(a.id) - order.indexOf(b.id))
  const taken = new Map<string, number>()
  return summed
    .filter(({ id }) => {
      const kind = id.split(':')[0]!
      taken.set(kind, (taken.get(kind) ?? 0) + 1)
      return taken.get(kind)! <= perKind
    })
    .slice(0, limit)
}

describe('ranking many matches', () => {
  it('gives the best-scoring documents of each kind, as MiniSearch scores them', () => {
    const index = createSearchIndex(sampleDocuments(1_500))
    const queries = ['mil', 'mili', 'militia con', 'con', 'disputed str', 'casulaties', 'aid camp']
    for (const query of queries) {
      for (const [limit, perKind] of [
        [40, 8],
        [20, 20]
      ] as const) {
        const hits = searchIndex(index, query, limit, { perKind })
        const expected = reference(index, query.split(' '), limit, perKind)
        expect(hits.length, query).toBeGreaterThan(0)
        expect(
          hits.map((h) => [h.id, h.score]),
          query
        ).toEqual(expected.map((e) => [e.id, e.score]))
      }
    }
  })

  it('marks in each hit exactly the words that made it match', () => {
    const index = createSearchIndex(sampleDocuments(300))
    for (const hit of searchIndex(index, 'mil con', 40, { perKind: 8 })) {
      const shown = [...hit.title, ...hit.snippet]
      for (const part of shown.filter((p) => p.match))
        expect(part.text, hit.id).toMatch(/^(mil|con)/)
      for (const part of shown.filter((p) => !p.match))
        expect(part.text, hit.id).not.toMatch(/\b(mil|con)/)
    }
  })
})
