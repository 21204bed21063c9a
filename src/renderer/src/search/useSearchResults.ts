import { useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
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
  /** The title of an indexed record, for describing a pasted link; null when unknown. */
  titleOf: (id: string) => string | null
}

/** Search hits for `query` (deferred, so typing never waits for results), building the index. */
export function useSearchResults(query: string): SearchResults {
  const s = searchStore()
  const { status, version } = useSyncExternalStore(s.subscribe, s.getSnapshot)
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    void s.ensureBuilt()
    const timer = window.setTimeout(() => setSlow(true), SHOW_INDEXING_AFTER_MS)
    return () => window.clearTimeout(timer)
  }, [s])
  const deferred = useDeferredValue(query)
  const hits = useMemo(
    () => (deferred ? s.search(deferred, LIMIT, PER_KIND) : []),
    // The version changes whenever the indexed records do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [s, deferred, version]
  )
  return {
    hits,
    status,
    indexingShown: slow && status.state === 'indexing',
    titleOf: (id) => s.titleOf(id)
  }
}
