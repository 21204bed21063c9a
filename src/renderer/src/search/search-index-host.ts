import type Dexie from 'dexie'
import {
  addToIndex,
  annotationSearchDocument,
  articleSearchDocument,
  createSearchIndex,
  eventSearchDocument,
  noteSearchDocument,
  removeFromIndex,
  searchDocumentId,
  searchIndex,
  type SearchDocument,
  type SearchHit,
  type SearchIndex
} from '@core/search'
import {
  SEARCHED_TABLES,
  type Dirty,
  type IndexStatus,
  type SearchedTable,
  type SearchKind
} from './search-protocol'

const TABLES: Record<
  SearchedTable,
  { kind: SearchKind; toDoc: (record: never) => SearchDocument }
> = {
  articles: { kind: 'article', toDoc: articleSearchDocument },
  annotations: { kind: 'annotation', toDoc: annotationSearchDocument },
  events: { kind: 'event', toDoc: eventSearchDocument },
  notes: { kind: 'note', toDoc: noteSearchDocument }
}

// Documents indexed between two yields to the event loop, so progress is reported and queries
// and changes sent meanwhile are received.
const CHUNK = 1500

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * The palette's search index (MiniSearch, src/core/search) and what keeps it up to date: it runs
 * in a Web Worker (search.worker.ts), so building it over 10,000 articles, or indexing one 10 MB
 * article, never holds the page. It reads the database itself; the page only tells it which
 * records changed (search-store.ts), and it re-reads those.
 */
export class SearchIndexHost {
  private index: SearchIndex | null = null
  private dirty: Dirty = new Map()
  private building: Promise<void> | null = null
  private applying: Promise<void> = Promise.resolve()

  constructor(
    private readonly db: Dexie,
    private readonly onStatus: (status: IndexStatus) => void,
    /** Runs between chunks of the build (tests use it to write while the index is built). */
    private readonly pause: () => Promise<void> = nextTask
  ) {}

  /** Builds the index unless it is built or being built. */
  ensureBuilt(): Promise<void> {
    this.building ??= this.build().catch((err: unknown) => {
      this.building = null
      this.onStatus({
        state: 'failed',
        message: err instanceof Error ? err.message : String(err)
      })
    })
    return this.building
  }

  /** The best hits for a query; none until the index is built. */
  search(query: string, limit: number, perKind: number): SearchHit[] {
    return this.index ? searchIndex(this.index, query, limit, { perKind }) : []
  }

  /** The titles of indexed records by search document id; null for those not indexed. */
  titles(ids: readonly string[]): Record<string, string | null> {
    return Object.fromEntries(ids.map((id) => [id, this.index?.docs.get(id)?.title ?? null]))
  }

  /** Notes records that changed (the page saw them committed); they are re-read and re-indexed. */
  changed(dirty: Dirty): void {
    for (const [table, keys] of dirty) {
      const known = this.dirty.get(table)
      if (keys === 'all' || known === 'all') this.dirty.set(table, 'all')
      else this.dirty.set(table, new Set([...(known ?? []), ...keys]))
    }
    if (this.index) this.scheduleApply()
  }

  /** Resolves once the build and every change received so far are in the index. */
  async settled(): Promise<void> {
    await this.building
    await this.applying
  }

  private async build(): Promise<void> {
    this.onStatus({ state: 'indexing', done: 0, total: 0 })
    // The worker's connection learns the tables when it opens (it declares no schema).
    if (!this.db.isOpen()) await this.db.open()
    const tables = SEARCHED_TABLES.map((t) => this.db.table(t))
    const lists = await this.db.transaction('r', tables, () =>
      Promise.all(tables.map((t) => t.toArray()))
    )
    const total = lists.reduce((n, l) => n + l.length, 0)
    const index = createSearchIndex()
    let done = 0
    for (const [i, table] of SEARCHED_TABLES.entries()) {
      const { toDoc } = TABLES[table]
      const list = lists[i] as never[]
      for (let at = 0; at < list.length; at += CHUNK) {
        addToIndex(index, list.slice(at, at + CHUNK).map(toDoc))
        done += Math.min(CHUNK, list.length - at)
        this.onStatus({ state: 'indexing', done, total })
        await this.pause()
      }
    }
    this.index = index
    this.onStatus({ state: 'ready', size: index.docs.size })
    this.scheduleApply()
  }

  private scheduleApply(): void {
    this.applying = this.applying.then(() => this.applyDirty()).catch(() => undefined)
  }

  private async applyDirty(): Promise<void> {
    const index = this.index
    if (!index || this.dirty.size === 0) return
    const dirty = this.dirty
    this.dirty = new Map()
    try {
      await this.applyTables(index, dirty)
    } catch (error) {
      // Nothing read is lost: those tables are re-read whole with the next change.
      for (const table of dirty.keys()) this.dirty.set(table, 'all')
      throw error
    }
    this.onStatus({ state: 'ready', size: index.docs.size })
  }

  private async applyTables(index: SearchIndex, dirty: Dirty): Promise<void> {
    for (const [table, keys] of dirty) {
      const { kind, toDoc } = TABLES[table]
      const store = this.db.table<{ id: string }, string>(table)
      if (keys === 'all') {
        const docs = (await store.toArray()).map((r) => toDoc(r as never))
        const present = new Set(docs.map((d) => d.id))
        const gone = [...index.docs.values()]
          .filter((d) => d.kind === kind && !present.has(d.id))
          .map((d) => d.id)
        removeFromIndex(index, gone)
        addToIndex(index, docs)
      } else {
        const ids = [...keys]
        const found = await store.bulkGet(ids)
        removeFromIndex(
          index,
          ids.filter((_, i) => !found[i]).map((id) => searchDocumentId(kind, id))
        )
        addToIndex(
          index,
          found.filter((r) => r !== undefined).map((r) => toDoc(r as never))
        )
      }
    }
  }
}
