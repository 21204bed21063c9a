import Dexie, { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie'
import type { SearchHit } from '@core/search'
import type { WorkbenchDb } from '../db/workbench-db'
import {
  SEARCHED_TABLES,
  type Dirty,
  type IndexStatus,
  type SearchPort,
  type SearchReply,
  type SearchRequest
} from './search-protocol'

export type { IndexStatus }

type Pending = (reply: SearchReply) => void

/** The search worker, or, where there are no workers (unit tests under jsdom), none. */
const startWorker = (): SearchPort<SearchReply, SearchRequest> =>
  new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' })

/**
 * The palette's search, as the page sees it. The index is built and queried in a Web Worker
 * (search-index-host.ts), so neither 10,000 articles nor a 10 MB one ever hold the page. The page
 * follows Dexie's change notifications (every committed write, from any code, names the keys it
 * touched) and tells the worker which records changed; the worker re-reads only those.
 */
export class SearchStore {
  private status: IndexStatus = { state: 'idle' }
  private snapshot = { status: this.status, version: 0 }
  private readonly listeners = new Set<() => void>()
  private dirty: Dirty = new Map()
  private built = false
  private port: SearchPort<SearchReply, SearchRequest> | null = null
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  private readonly onMutated = (parts: ObservabilitySet): void => this.markDirty(parts)

  /** `connect` opens the channel to the index (tests connect a host in the same thread). */
  constructor(
    private readonly db: WorkbenchDb,
    private readonly connect: () => SearchPort<SearchReply, SearchRequest> = startWorker
  ) {}

  /** For useSyncExternalStore: changes whenever the status or the indexed records change. */
  getSnapshot = (): { status: IndexStatus; version: number } => this.snapshot

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    // Changes noted while nobody searched are sent now that someone does.
    this.sendIfWatched()
    return () => this.listeners.delete(listener)
  }

  /** Starts building the index unless it is built or being built. */
  ensureBuilt(): void {
    if (this.built) return
    this.built = true
    // Listen before the worker reads: a write that lands meanwhile is applied afterwards.
    Dexie.on.storagemutated.subscribe(this.onMutated)
    this.request({ type: 'build' })
  }

  /** The best hits for a query (none until the index is built). */
  search(query: string, limit: number, perKind: number): Promise<SearchHit[]> {
    return this.ask((id) => ({ type: 'search', id, query, limit, perKind })).then((r) =>
      r.type === 'hits' ? r.hits : []
    )
  }

  /** The titles of indexed records by search document id; null for those not indexed. */
  titles(ids: string[]): Promise<Record<string, string | null>> {
    return this.ask((id) => ({ type: 'titles', id, ids })).then((r) =>
      r.type === 'titles' ? r.titles : {}
    )
  }

  /** Resolves once the build and every change noticed so far are in the index (for tests). */
  async settled(): Promise<void> {
    await this.ask((id) => ({ type: 'settle', id }))
  }

  /** Stops following the database and ends the worker. */
  dispose(): void {
    Dexie.on.storagemutated.unsubscribe(this.onMutated)
    this.listeners.clear()
    const port = this.port as
      (SearchPort<SearchReply, SearchRequest> & { terminate?: () => void }) | null
    port?.terminate?.()
    this.port = null
  }

  private channel(): SearchPort<SearchReply, SearchRequest> {
    if (this.port) return this.port
    const port = this.connect()
    port.onmessage = (event) => this.receive(event.data)
    this.port = port
    return port
  }

  private request(message: SearchRequest): void {
    try {
      this.channel().postMessage(message)
    } catch (err) {
      this.setStatus({
        state: 'failed',
        message: err instanceof Error ? err.message : String(err)
      })
    }
  }

  private ask(make: (id: number) => SearchRequest): Promise<SearchReply> {
    const id = this.nextId++
    return new Promise((resolve) => {
      this.pending.set(id, resolve)
      this.request(make(id))
    })
  }

  private receive(reply: SearchReply): void {
    if (reply.type === 'status') {
      this.setStatus(reply.status)
      return
    }
    const resolve = this.pending.get(reply.id)
    this.pending.delete(reply.id)
    resolve?.(reply)
  }

  private markDirty(parts: ObservabilitySet): void {
    const prefix = `idb://${this.db.name}/`
    // Dexie signals "everything may have changed" (a page restored from the back-forward cache)
    // with a part named 'all'.
    const everything = 'all' in parts
    for (const table of SEARCHED_TABLES) {
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
    this.sendIfWatched()
  }

  /**
   * Changes are only sent while the palette is open: a note's autosave would otherwise have its
   * whole document re-read and re-indexed on every save, for a search nobody is making.
   */
  private sendIfWatched(): void {
    if (this.dirty.size === 0 || !this.built || this.listeners.size === 0) return
    const dirty = this.dirty
    this.dirty = new Map()
    this.request({ type: 'changed', dirty })
  }

  private setStatus(status: IndexStatus): void {
    this.status = status
    this.snapshot = { status, version: this.snapshot.version + 1 }
    for (const listener of this.listeners) listener()
  }
}
