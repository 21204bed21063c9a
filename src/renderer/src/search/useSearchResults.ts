import { useEffect, useState, useSyncExternalStore } from 'react'
import type { SearchHit } from '@core/search'
import { db } from '../db/db'
import { SearchStore, type IndexStatus } from './search-store'

// One index for the window's lifetime: reopening the palette is instant, and it follows the
// database from the first opening on.
let store: SearchStore | null = null
const searchStore = (): SearchStore => (store ??= new SearchStore(db))

const LIMIT = 40
const PER_KIND = 8
// A small library indexes in a blink; "Indexing…" only shows when it takes long enough to notice.
const SHOW_INDEXING_AFTER_MS = 200

export interface SearchResults {
  hits: SearchHit[]
  status: IndexStatus
  /** True while the index builds and the build has taken long enough to say so. */
  indexingShown: boolean
  /** The title of a record named in `lookups`, for describing a pasted link; null when unknown. */
  titleOf: (id: string) => string | null
}

const NO_HITS: SearchHit[] = []

/**
 * Search hits for `query`, building the index. The index answers from a worker, so typing never
 * waits for it: each query's hits replace the last ones when they come, and hits of a query the
 * user has since typed past are dropped. `lookups` are search document ids whose titles are
 * wanted (a pasted link's article and item).
 */
export function useSearchResults(query: string, lookups: readonly string[] = []): SearchResults {
  const s = searchStore()
  const { status, version } = useSyncExternalStore(s.subscribe, s.getSnapshot)
  const [slow, setSlow] = useState(false)
  const [answer, setAnswer] = useState<{ query: string; hits: SearchHit[] }>({
    query: '',
    hits: NO_HITS
  })
  const [titles, setTitles] = useState<Record<string, string | null>>({})
  useEffect(() => {
    s.ensureBuilt()
    const timer = window.setTimeout(() => setSlow(true), SHOW_INDEXING_AFTER_MS)
    return () => window.clearTimeout(timer)
  }, [s])
  useEffect(() => {
    if (!query) return
    let current = true
    // The version changes whenever the indexed records do: ask again then.
    void s.search(query, LIMIT, PER_KIND).then((hits) => {
      if (current) setAnswer({ query, hits })
    })
    return () => {
      current = false
    }
  }, [s, query, version])
  const lookupKey = lookups.join('\n')
  useEffect(() => {
    if (!lookupKey) return
    let current = true
    void s.titles(lookupKey.split('\n')).then((t) => {
      if (current) setTitles(t)
    })
    return () => {
      current = false
    }
  }, [s, lookupKey, version])
  return {
    // Until the new query's hits come, the last ones stay (as the deferred query did before).
    hits: query ? answer.hits : NO_HITS,
    status,
    indexingShown: slow && status.state === 'indexing',
    titleOf: (id) => titles[id] ?? null
  }
}
