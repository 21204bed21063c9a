import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AnnotationRecord } from '@shared/model/annotation'
import type { ArticleRecord } from '@shared/model/article'
import { WorkbenchDb } from '../db/workbench-db'
import { SearchIndexHost } from './search-index-host'
import {
  serveSearch,
  type SearchPort,
  type SearchReply,
  type SearchRequest
} from './search-protocol'
import { SearchStore } from './search-store'

/**
 * The worker's side in this thread (the host reads through db.table(), as the worker must: its
 * connection declares no schema, so spies go on db.table(…)): a host over the same database behind a pair of ports that
 * pass every message through structured cloning, one task later, as postMessage does.
 */
function connectHost(db: WorkbenchDb, pause?: () => Promise<void>) {
  return (): SearchPort<SearchReply, SearchRequest> => {
    const page: SearchPort<SearchReply, SearchRequest> = {
      onmessage: null,
      postMessage: (m) =>
        setTimeout(() => worker.onmessage?.({ data: structuredClone(m) } as never))
    }
    const worker: SearchPort<SearchRequest, SearchReply> = {
      onmessage: null,
      postMessage: (m) => setTimeout(() => page.onmessage?.({ data: structuredClone(m) } as never))
    }
    serveSearch(
      worker,
      new SearchIndexHost(db, (status) => worker.postMessage({ type: 'status', status }), pause)
    )
    return page
  }
}

let n = 0
const open: { db: WorkbenchDb; store: SearchStore }[] = []
/** A store over a fresh database; `watched`: the palette is open (a listener subscribed). */
function setup({ watched = true } = {}): { db: WorkbenchDb; store: SearchStore } {
  const db = new WorkbenchDb(`search-store-${n++}`)
  const store = new SearchStore(db, connectHost(db))
  if (watched) store.subscribe(() => {})
  open.push({ db, store })
  return { db, store }
}
afterEach(async () => {
  for (const { db, store } of open.splice(0)) {
    store.dispose()
    await db.delete()
  }
})

const ARTICLE: ArticleRecord = {
  id: 'art-kenya',
  title: 'Kenyan Police Fire Tear Gas as Fuel Tax Protests Spread to Three Cities',
  source: 'The Standard',
  url: '',
  byline: '',
  publishedAt: '2023-07-13',
  importedAt: '2023-07-13T08:00:00.000Z',
  contentHash: 'h1',
  format: 'txt',
  blocks: [
    {
      kind: 'paragraph',
      text: 'In Kisumu, police shot dead three protesters who had gathered peacefully outside the county offices, witnesses said.'
    }
  ]
}

function annotation(id: string, commentText: string): AnnotationRecord {
  const exact = 'police shot dead three protesters'
  return {
    id,
    articleId: ARTICLE.id,
    createdAt: '2023-07-13T09:00:00.000Z',
    updatedAt: '2023-07-13T09:00:00.000Z',
    creator: 'analyst',
    motivation: 'commenting',
    colour: 0,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 11, end: 11 + exact.length },
      textHash: 'h'
    },
    anchor: { start: 11, end: 11 + exact.length, status: 'exact', score: 1, textHash: 'h' },
    commentHtml: `<p>${commentText}</p>`,
    commentText,
    tags: [],
    grade: null
  }
}

const found = async (store: SearchStore, query: string): Promise<string[]> =>
  (await store.search(query, 20, 10)).map((h) => h.id)

describe('SearchStore', () => {
  it('indexes what the database holds, and reports its progress', async () => {
    const { db, store } = setup()
    await db.articles.add(ARTICLE)
    await db.annotations.add(annotation('ann-1', 'Casualty figure unconfirmed'))
    const seen: string[] = []
    store.subscribe(() => seen.push(store.getSnapshot().status.state))
    expect(await store.search('Kisumu', 20, 10)).toEqual([])
    store.ensureBuilt()
    await store.settled()
    expect(store.getSnapshot().status).toEqual({ state: 'ready', size: 2 })
    expect(seen[0]).toBe('indexing')
    expect(seen.at(-1)).toBe('ready')
    expect((await found(store, 'protesters')).sort()).toEqual([
      'annotation:ann-1',
      'article:art-kenya'
    ])
    expect(await found(store, 'unconfirmed')).toEqual(['annotation:ann-1'])
  })

  it('follows edits, additions and deletions made after the build', async () => {
    const { db, store } = setup()
    await db.articles.add(ARTICLE)
    await db.annotations.add(annotation('ann-1', 'Casualty figure unconfirmed'))
    store.ensureBuilt()
    await store.settled()

    await db.annotations.update('ann-1', { commentText: 'Figure verified by the county' })
    await vi.waitFor(async () => {
      await store.settled()
      expect(await found(store, 'verified')).toEqual(['annotation:ann-1'])
    })
    expect(await found(store, 'unconfirmed')).toEqual([])

    await db.annotations.add(annotation('ann-2', 'Witnesses disagree'))
    await vi.waitFor(async () => {
      await store.settled()
      expect(await found(store, 'witnesses')).toEqual(['annotation:ann-2', 'article:art-kenya'])
    })

    await db.annotations.delete('ann-1')
    await vi.waitFor(async () => {
      await store.settled()
      expect(await found(store, 'verified')).toEqual([])
    })
    expect(store.getSnapshot().status).toEqual({ state: 'ready', size: 2 })
  })

  it('does not lose a change whose reading failed: it is read again with the next change', async () => {
    const { db, store } = setup()
    await db.articles.add(ARTICLE)
    store.ensureBuilt()
    await store.settled()
    const bulkGet = vi
      .spyOn(db.table('annotations'), 'bulkGet')
      .mockRejectedValueOnce(new Error('busy'))
    await db.annotations.add(annotation('ann-1', 'Casualty figure unconfirmed'))
    await vi.waitFor(() => expect(bulkGet).toHaveBeenCalled())
    await store.settled()
    expect(await found(store, 'unconfirmed')).toEqual([])

    await db.annotations.add(annotation('ann-2', 'Witnesses disagree'))
    await vi.waitFor(async () => {
      await store.settled()
      expect(await found(store, 'unconfirmed')).toEqual(['annotation:ann-1'])
      expect(await found(store, 'disagree')).toEqual(['annotation:ann-2'])
    })
  })

  it('reads nothing while the palette is closed, and catches up when it opens', async () => {
    const { db, store } = setup({ watched: false })
    await db.articles.add(ARTICLE)
    store.ensureBuilt()
    await store.settled()
    const bulkGet = vi.spyOn(db.table('annotations'), 'bulkGet')
    const closed = store.subscribe(() => {})
    closed() // opened once, then closed
    await db.annotations.add(annotation('ann-1', 'Casualty figure unconfirmed'))
    await db.annotations.put(annotation('ann-1', 'Casualty figure unconfirmed, twice'))
    expect(bulkGet).not.toHaveBeenCalled()
    expect(await found(store, 'unconfirmed')).toEqual([])
    store.subscribe(() => {})
    await vi.waitFor(async () => expect(await found(store, 'twice')).toEqual(['annotation:ann-1']))
    expect(bulkGet).toHaveBeenCalledTimes(1)
  })

  it('re-reads a whole table after a bulk write or a clear', async () => {
    const { db, store } = setup()
    await db.articles.add(ARTICLE)
    store.ensureBuilt()
    await store.settled()
    // Dexie names no keys for bulk writes of 50 or more records, only "the whole table".
    const many = Array.from({ length: 60 }, (_, i) => annotation(`bulk-${i}`, `Note number${i}`))
    await db.annotations.bulkPut(many)
    await vi.waitFor(async () => {
      await store.settled()
      // The exact word first; longer numbers one or two edits away follow.
      expect((await found(store, 'number42'))[0]).toBe('annotation:bulk-42')
    })
    await db.annotations.clear()
    await vi.waitFor(async () => {
      await store.settled()
      expect(await found(store, 'number42')).toEqual([])
    })
    expect(store.getSnapshot().status).toEqual({ state: 'ready', size: 1 })
  })

  it('applies a change written while the index was being built', async () => {
    const db = new WorkbenchDb(`search-store-${n++}`)
    let written = false
    // The write lands after the tables were read and before the index is complete.
    const store = new SearchStore(
      db,
      connectHost(db, async () => {
        if (written) return
        written = true
        await db.annotations.add(annotation('ann-late', 'Written during indexing'))
      })
    )
    store.subscribe(() => {})
    open.push({ db, store })
    await db.articles.add(ARTICLE)
    store.ensureBuilt()
    await store.settled()
    expect(written).toBe(true)
    await vi.waitFor(async () => {
      await store.settled()
      expect(await found(store, 'indexing')).toEqual(['annotation:ann-late'])
    })
  })

  it('answers titles for a pasted link, null for records not in the library', async () => {
    const { db, store } = setup()
    await db.articles.add(ARTICLE)
    store.ensureBuilt()
    await store.settled()
    expect(await store.titles(['article:art-kenya', 'annotation:missing'])).toEqual({
      'article:art-kenya': ARTICLE.title,
      'annotation:missing': null
    })
  })

  it('says the search is unavailable when the index cannot be built', async () => {
    const db = new WorkbenchDb(`search-store-${n++}`)
    const store = new SearchStore(db, connectHost(db))
    open.push({ db, store })
    vi.spyOn(db.table('notes'), 'toArray').mockRejectedValueOnce(new Error('disk gone'))
    store.subscribe(() => {})
    store.ensureBuilt()
    await vi.waitFor(() =>
      expect(store.getSnapshot().status).toEqual({ state: 'failed', message: 'disk gone' })
    )
    expect(await store.search('Kisumu', 20, 10)).toEqual([])
  })

  it('ignores changes to other databases', async () => {
    const { db, store } = setup()
    const other = setup().db
    await db.articles.add(ARTICLE)
    store.ensureBuilt()
    await store.settled()
    await other.articles.add({ ...ARTICLE, id: 'elsewhere', title: 'Mombasa port strike' })
    await db.annotations.add(annotation('ann-1', 'Mombasa too?'))
    await vi.waitFor(async () => {
      await store.settled()
      expect(await found(store, 'Mombasa')).toEqual(['annotation:ann-1'])
    })
  })
})
