import type { SearchEngine, WordMatching, WordScores } from './search-engine'
import { TopPerKind } from './top-per-kind'

/** One document matched by every query term. */
export interface RankedDoc {
  id: string
  score: number
}

/** The best documents for some query terms, and the indexed words those terms matched. */
export interface BestMatches {
  ranked: RankedDoc[]
  /**
   * Every indexed word a query term matched (after prefix and typo expansion). The words of a
   * hit's text that are in this set are exactly the ones that made it match, so one set serves
   * every hit's highlighting.
   */
  words: Set<string>
}

// Prefix search from the third letter: "dr" would expand to every word starting with it and
// score half the index, for hits nobody can judge from two letters.
export const PREFIX_FROM = 3
// One typo is forgiven in words of five letters or more, two (a swapped pair is two edits) from
// eight; shorter words would match too much ("war" ~ "was", "car", "bar").
const ONE_TYPO_FROM = 5
const TWO_TYPOS_FROM = 8
// Matches remembered per index: while a query is typed, its earlier words stay the same.
const CACHE_SIZE = 8

function matchingFor(term: string, exact: boolean): WordMatching {
  if (exact) return { prefix: false, typos: 0 }
  return {
    prefix: term.length >= PREFIX_FROM,
    typos: term.length >= TWO_TYPOS_FROM ? 2 : term.length >= ONE_TYPO_FROM ? 1 : 0
  }
}

/**
 * Per-term matches, cached. A query is typed one key at a time and only its last word changes, so
 * the other words' matches (a common word matches tens of thousands of documents) are reused
 * instead of recomputed on every keystroke. Clear it whenever the index changes.
 */
export class TermMatchCache {
  private readonly cache = new Map<string, WordScores>()

  constructor(private readonly engine: SearchEngine) {}

  clear(): void {
    this.cache.clear()
  }

  /**
   * The documents matching every term, best first (scores summed over the terms), at most
   * `perKind` of each kind and `limit` in all; `exact` terms match whole words only.
   */
  best(
    terms: readonly { term: string; exact: boolean }[],
    limit: number,
    perKind: number
  ): BestMatches {
    const lists = terms.map(({ term, exact }) => this.matches(term, exact))
    const words = new Set(lists.flatMap((l) => l.words))
    if (lists.length === 0) return { ranked: [], words }
    // Walk the shortest list and look each document up in the others.
    lists.sort((a, b) => a.docs.length - b.docs.length)
    const [shortest, ...others] = lists as [WordScores, ...WordScores[]]
    const top = new TopPerKind(perKind)
    for (const doc of shortest.docs) {
      let score = shortest.scores[doc]!
      for (const other of others) {
        // Undefined past the end: a document indexed after that list was made.
        const s = other.scores[doc]
        if (!s) {
          score = 0
          break
        }
        score += s
      }
      if (score > 0) top.offer(doc, score, this.engine.kindOf(doc))
    }
    const ranked: RankedDoc[] = []
    for (const { doc, score } of top.best(limit)) {
      const id = this.engine.idOf(doc)
      if (id !== undefined) ranked.push({ id, score })
    }
    return { ranked, words }
  }

  private matches(term: string, exact: boolean): WordScores {
    const key = `${exact ? '=' : '~'}${term}`
    const hit = this.cache.get(key)
    if (hit) {
      // Least recently used goes first: re-insert to mark it used.
      this.cache.delete(key)
      this.cache.set(key, hit)
      return hit
    }
    const matches = this.engine.scoreWord(term, matchingFor(term, exact))
    this.cache.set(key, matches)
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!)
    return matches
  }
}
