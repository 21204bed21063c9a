import type { SearchHit, SearchKind } from '@core/search'

export type { SearchKind }

/** The tables the palette searches, in the order they are indexed. */
export const SEARCHED_TABLES = ['articles', 'annotations', 'events', 'notes'] as const
export type SearchedTable = (typeof SEARCHED_TABLES)[number]

export type IndexStatus =
  | { state: 'idle' }
  | { state: 'indexing'; done: number; total: number }
  | { state: 'ready'; size: number }
  | { state: 'failed'; message: string }

/** Changed records per table: their ids, or 'all' when a change was a range (a clear, a bulk write). */
export type Dirty = Map<SearchedTable, Set<string> | 'all'>

/** What the page asks of the search worker (search.worker.ts). */
export type SearchRequest =
  | { type: 'build' }
  | { type: 'changed'; dirty: Dirty }
  | { type: 'search'; id: number; query: string; limit: number; perKind: number }
  | { type: 'titles'; id: number; ids: string[] }
  | { type: 'settle'; id: number }

/** What the search worker tells the page. */
export type SearchReply =
  | { type: 'status'; status: IndexStatus }
  | { type: 'hits'; id: number; hits: SearchHit[] }
  | { type: 'titles'; id: number; titles: Record<string, string | null> }
  | { type: 'settled'; id: number }

/** Either end of the channel: a Worker on the page's side, the worker's global scope on its own. */
export interface SearchPort<In, Out> {
  postMessage(message: Out): void
  onmessage: ((event: MessageEvent<In>) => void) | null
}

/** Connects a host to a port: answers every request (the worker's side of the protocol). */
export function serveSearch(
  port: SearchPort<SearchRequest, SearchReply>,
  host: {
    ensureBuilt(): Promise<void>
    changed(dirty: Dirty): void
    search(query: string, limit: number, perKind: number): SearchHit[]
    titles(ids: readonly string[]): Record<string, string | null>
    settled(): Promise<void>
  }
): void {
  port.onmessage = (event) => {
    const message = event.data
    switch (message.type) {
      case 'build':
        void host.ensureBuilt()
        return
      case 'changed':
        host.changed(message.dirty)
        return
      case 'search':
        port.postMessage({
          type: 'hits',
          id: message.id,
          hits: host.search(message.query, message.limit, message.perKind)
        })
        return
      case 'titles':
        port.postMessage({ type: 'titles', id: message.id, titles: host.titles(message.ids) })
        return
      case 'settle':
        void host.settled().then(() => port.postMessage({ type: 'settled', id: message.id }))
        return
    }
  }
}
