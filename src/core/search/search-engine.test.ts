import { describe, expect, it } from 'vitest'
import { sampleDocuments as documents } from './sample-documents'
import type { SearchDocument } from './search-document'
import { SearchEngine, type WordMatching, type WordScores } from './search-engine'
import { createSearchIndex } from './search-index'

function engineOf(docs: readonly SearchDocument[]): SearchEngine {
  return createSearchIndex(docs).engine
}

/** What MiniSearch's own search makes of one word, by document id. */
function miniSearchScores(engine: SearchEngine, term: string, m: WordMatching) {
  const scores = new Map<string, number>()
  for (const r of engine.search(term, { prefix: m.prefix, fuzzy: m.typos || false }))
    scores.set(r.id as string, r.score)
  return scores
}

function byId(engine: SearchEngine, scored: WordScores): Map<string, number> {
  return new Map(scored.docs.map((doc) => [engine.idOf(doc)!, scored.scores[doc]!]))
}

const MATCHINGS: [string, WordMatching][] = [
  ['mil', { prefix: true, typos: 0 }],
  ['con', { prefix: true, typos: 0 }],
  ['strike', { prefix: true, typos: 1 }],
  ['casulaties', { prefix: true, typos: 2 }],
  ['drone', { prefix: false, typos: 0 }],
  ['aid', { prefix: false, typos: 0 }]
]

describe('SearchEngine.scoreWord', () => {
  it('scores every document as MiniSearch does, for prefixes, typos and whole words', () => {
    // More documents than the engine's first allocation, so its columns have to grow.
    const engine = engineOf(documents(1_200))
    for (const [term, matching] of MATCHINGS) {
      const expected = miniSearchScores(engine, term, matching)
      const actual = byId(engine, engine.scoreWord(term, matching))
      expect(expected.size, term).toBeGreaterThan(0)
      expect([...actual.keys()].sort(), term).toEqual([...expected.keys()].sort())
      for (const [id, score] of expected) expect(actual.get(id), `${term} ${id}`).toBe(score)
    }
  })

  it('names the indexed words a query word matched', () => {
    const engine = engineOf(documents(400))
    const words = (term: string, m: WordMatching): string[] =>
      [...engine.scoreWord(term, m).words].sort()
    expect(words('mil', { prefix: true, typos: 0 })).toEqual([
      'mild',
      'mile',
      'military',
      'militia',
      'million'
    ])
    expect(words('drone', { prefix: false, typos: 0 })).toEqual(['drone'])
    expect(words('strikes', { prefix: false, typos: 1 })).toEqual(['strike', 'striker', 'strikes'])
    expect(words('zebra', { prefix: true, typos: 1 })).toEqual([])
  })

  it('leaves out discarded documents and counts only live ones, as a vacuumed index does', async () => {
    const docs = documents(600)
    const engine = engineOf(docs)
    for (const doc of docs.slice(0, 150)) {
      engine.discard(doc.id)
      if (doc.kind !== 'note') engine.add({ ...doc, body: `${doc.body} militia` })
    }
    const before = MATCHINGS.map(([term, m]) => byId(engine, engine.scoreWord(term, m)))
    // MiniSearch's own search is only exact once the dead entries are gone from its index.
    await engine.vacuum()
    MATCHINGS.forEach(([term, m], i) => {
      const expected = miniSearchScores(engine, term, m)
      expect([...before[i]!.keys()].sort(), term).toEqual([...expected.keys()].sort())
      for (const [id, score] of expected) expect(before[i]!.get(id), `${term} ${id}`).toBe(score)
    })
    expect(before[0]!.has('note:r3')).toBe(false)
  })

  it('knows each document’s id and kind by its internal id, until it is removed', () => {
    const docs = documents(8)
    const engine = engineOf(docs)
    const scored = engine.scoreWord('mil', { prefix: true, typos: 0 })
    for (const doc of scored.docs) {
      const id = engine.idOf(doc)!
      expect(id.startsWith(`${engine.kindOf(doc)}:`)).toBe(true)
    }
    engine.remove(docs[0]!)
    engine.removeAll([docs[1]!])
    const left = engine.scoreWord('mil', { prefix: true, typos: 0 }).docs.map((d) => engine.idOf(d))
    expect(left).not.toContain(docs[0]!.id)
    expect(left).not.toContain(docs[1]!.id)
    engine.removeAll()
    expect(engine.scoreWord('mil', { prefix: true, typos: 0 }).docs).toEqual([])
  })
})
