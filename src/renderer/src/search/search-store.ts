import Dexie, { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie'
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
  type SearchIndex,
  type SearchKind
} from '@core/search'
import type { WorkbenchDb } from '../db/workbench-db'

type SearchedTable = 'articles' | 'annotations' | 'events' | 'notes'

const TABLES: Record<
  SearchedTable,
  { kind: SearchKind; toDoc: (record: never) => SearchDocument }
> = {
  articles: { kind: 'article', toDoc: articleSearchDocument },
  annotations: { kind: 'annotation', toDoc: annotationSearchDocument },
  events: { kind: 'event', toDoc: eventSearchDocument },
  notes: { kind: 'note', toDoc: noteSearchDocument }
}
const TABLE_NAMES = Object.keys(TABLES) as SearchedTable[]

export type IndexStatus =
  | { state: 'idle' }
  | { state: 'indexing'; done: number; total: number }
  | { state: 'ready'; size: number }
  | { state: 'failed'; message: string }

/** Changed records per table: their ids, or 'all' when a change was a range (a clear, a bulk write). */
type Dirty = Map<SearchedTable, Set<string> | 'all'>

// Documents indexed between two yields to the event loop, so "Indexing…" paints and typing in
// the palette stays responsive while a large library is indexed.
const CHUNK = 1500

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * The palette's search index over the database: built on first use, then kept up to date from
 * Dexie's change notifications (every committed write, from any code, names the keys it touched),
 * re-reading only the records that changed.
 */
export class SearchStore {
  private index: SearchIndex | null = null
  private status: IndexStatus = { state: 'idle' }
  private snapshot = { status: this.status, version: 0 }
  private readonly listeners = new Set<() => void>()
  private dirty: Dirty = new Map()
  private building: Promise<void> | null = null
  private applying: Promise<void> = Promise.resolve()
  private readonly onMutated = (parts: ObservabilitySet): void => this.markDirty(parts)

  private readonly pause: () => Promise<void>

  /** `pause` runs between chunks of the build (tests use it to write while the index is built). */
  constructor(
    private readonly db: WorkbenchDb,
    options: { pause?: () => Promise<void> } = {}
  ) {
    this.pause = options.pause ?? nextTask
  }

  /** For useSyncExternalStore: changes whenever the status or the indexed records change. */
  getSnapshot = (): { status: IndexStatus; version: number } => this.snapshot

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    // Changes noted while nobody searched are applied now that someone does.
    this.applyIfWatched()
    return () => this.listeners.delete(listener)
  }

  /** Builds the index unless it is built or being built. */
  ensureBuilt(): Promise<void> {
    this.building ??= this.build().catch((err: unknown) => {
      Dexie.on.storagemutated.unsubscribe(this.onMutated)
      this.building = null
      this.setStatus({
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

  /** The title of an indexed record by its search document id; null when it is not indexed. */
  titleOf(id: string): string | null {
    return this.index?.docs.get(id)?.title ?? null
  }

  /** Resolves once the build and every change noticed so far are in the index (for tests). */
  async settled(): Promise<void> {
    await this.building
    await this.applying
  }

  /** Stops following the database. */
  dispose(): void {
    Dexie.on.storagemutated.unsubscribe(this.onMutated)
    this.listeners.clear()
  }

  private async build(): Promise<void> {
    // Listen before reading: a write that lands while the tables are read is applied afterwards.
    Dexie.on.storagemutated.subscribe(this.onMutated)
    this.setStatus({ state: 'indexing', done: 0, total: 0 })
    const [articles, annotations, events, notes] = await this.db.transaction(
      'r',
      [this.db.articles, this.db.annotations, this.db.events, this.db.notes],
      () =>
        Promise.all([
          this.db.articles.toArray(),
          this.db.annotations.toArray(),
          this.db.events.toArray(),
          this.db.notes.toArray()
        ])
    )
    const records = { articles, annotations, events, notes }
    const total = TABLE_NAMES.reduce((n, t) => n + records[t].length, 0)
    const index = createSearchIndex()
    let done = 0
    for (const table of TABLE_NAMES) {
      const { toDoc } = TABLES[table]
      const list = records[table] as never[]
      for (let at = 0; at < list.length; at += CHUNK) {
        addToIndex(index, list.slice(at, at + CHUNK).map(toDoc))
        done += Math.min(CHUNK, list.length - at)
        this.setStatus({ state: 'indexing', done, total })
        await this.pause()
      }
    }
    this.index = index
    this.setStatus({ state: 'ready', size: index.docs.size })
    this.scheduleApply()
  }

  private markDirty(parts: ObservabilitySet): void {
    const prefix = `idb://${this.db.name}/`
    // Dexie signals "everything may have changed" (a page restored from the back-forward cache)
    // with a part named 'all'.
    const everything = 'all' in parts
    for (const table of TABLE_NAMES) {
      const tree: IntervalTree | undefined = parts[`${prefix}${table}/`]
      const known = this.dirty.get(table)
      if (everything) this.dirty.set(table, 'all')
      if (everything || !tree || known === 'all') continue
      const keys = known ?? new Set<string>()
      let range = false
      for (const node of RangeSet(tree)) {
        if (node.from === node.to && typeof node.from === 'string') keys.add(node.from)
        else range = true
      }
      this.dirty.set(table, range ? 'all' : keys)
    }
    this.applyIfWatched()
  }

  /**
   * Changes are only noted while the palette is closed: a note's autosave would otherwise have
   * its whole document re-read and re-indexed on every save, for a search nobody is making.
   */
  private applyIfWatched(): void {
    if (this.dirty.size > 0 && this.index && this.listeners.size > 0) this.scheduleApply()
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
    this.setStatus({ state: 'ready', size: index.docs.size })
  }

  private async applyTables(index: NonNullable<typeof this.index>, dirty: Dirty): Promise<void> {
    for (const [table, keys] of dirty) {
      const { kind, toDoc } = TABLES[table]
      const store = this.db[table] as unknown as Dexie.Table<{ id: string }, string>
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

  private setStatus(status: IndexStatus): void {
    this.status = status
    this.snapshot = { status, version: this.snapshot.version + 1 }
    for (const listener of this.listeners) listener()
  }
}
