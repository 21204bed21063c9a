import type MiniSearch from 'minisearch'
import type { SearchOptions } from 'minisearch'
import type { SearchDocument } from './search-document'

/** One document matched by one or more query terms. */
export interface RankedDoc {
  id: string
  score: number
  /** The document's words that matched (after prefix and typo expansion), normalised. */
  terms: string[]
}

interface TermMatches {
  ranked: RankedDoc[]
  byId?: Map<string, RankedDoc>
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

function optionsFor(term: string, exact: boolean): SearchOptions {
  if (exact) return { prefix: false, fuzzy: false }
  return {
    prefix: term.length >= PREFIX_FROM,
    fuzzy: term.length >= TWO_TYPOS_FROM ? 2 : term.length >= ONE_TYPO_FROM ? 1 : false
  }
}

/**
 * Per-term matches, cached. A query is typed one key at a time and only its last word changes, so
 * the other words' matches (a common word matches tens of thousands of documents) are reused
 * instead of recomputed on every keystroke. Clear it whenever the index changes.
 */
export class TermMatchCache {
  private readonly cache = new Map<string, TermMatches>()

  constructor(private readonly engine: MiniSearch<SearchDocument>) {}

  clear(): void {
    this.cache.clear()
  }

  /** Documents matching every term, best first; `exact` terms match whole words only. */
  matchAll(terms: readonly { term: string; exact: boolean }[]): RankedDoc[] {
    const lists = terms.map(({ term, exact }) => this.matches(term, exact))
    if (lists.length === 0) return []
    if (lists.length === 1) return lists[0]!.ranked
    // Walk the shortest list and look each document up in the others.
    lists.sort((a, b) => a.ranked.length - b.ranked.length)
    const [shortest, ...others] = lists as [TermMatches, ...TermMatches[]]
    const maps = others.map(byId)
    const combined: RankedDoc[] = []
    for (const doc of shortest.ranked) {
      let score = doc.score
      let words = doc.terms
      let everywhere = true
      for (const map of maps) {
        const other = map.get(doc.id)
        if (!other) {
          everywhere = false
          break
        }
        score += other.score
        words = words.concat(other.terms)
      }
      if (everywhere) combined.push({ id: doc.id, score, terms: words })
    }
    return combined.sort((a, b) => b.score - a.score)
  }

  private matches(term: string, exact: boolean): TermMatches {
    const key = `${exact ? '=' : '~'}${term}`
    const hit = this.cache.get(key)
    if (hit) {
      // Least recently used goes first: re-insert to mark it used.
      this.cache.delete(key)
      this.cache.set(key, hit)
      return hit
    }
    // Only what ranking and snippets need is kept: a result's match details would double what
    // the cache holds, and a larger heap means longer garbage collection pauses while typing.
    const ranked = this.engine
      .search(term, optionsFor(term, exact))
      .map((r): RankedDoc => ({ id: r.id as string, score: r.score, terms: r.terms }))
    const matches = { ranked }
    this.cache.set(key, matches)
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!)
    return matches
  }
}

function byId(matches: TermMatches): Map<string, RankedDoc> {
  matches.byId ??= new Map(matches.ranked.map((d) => [d.id, d]))
  return matches.byId
}
