import { liveQuery } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeArticle } from '@core/test-support/make-records'
import type { ArticleRecord } from '@shared/model/article'
import { WorkbenchDb } from '../workbench-db'
import { plainText } from '@core/article/plain-text'
import { TEXT_PIECE_CHARS } from '@core/article/packed-article'
import { articlePlainText } from './article-plain-text'
import { answerArticleRead, type ArticleReadRequest } from './answer-article-read'
import { getArticle } from './get-article'
import { ArticleReader, readArticle, type ArticleReaderWorker } from './read-article'

let n = 0
const dbs: WorkbenchDb[] = []
afterEach(async () => {
  vi.restoreAllMocks()
  for (const db of dbs.splice(0)) await db.delete()
})
function freshDb(): WorkbenchDb {
  const db = new WorkbenchDb(`read-article-${n++}`)
  dbs.push(db)
  return db
}

/** A worker that runs the real worker's answer in this thread, the reply structured-cloned. */
class SameThreadWorker implements ArticleReaderWorker {
  onmessage: ArticleReaderWorker['onmessage'] = null
  onerror: ArticleReaderWorker['onerror'] = null
  requests = 0
  postMessage(request: ArticleReadRequest): void {
    this.requests++
    // A task of its own, as a real worker's reply is: no read of it is seen by a live query.
    setTimeout(() => void this.answer(request), 0)
  }
  /** Every message the page was sent, as it received it. */
  received: unknown[] = []
  private async answer(request: ArticleReadRequest): Promise<void> {
    for (const { message, transfer } of await answerArticleRead(request)) {
      const data: unknown = structuredClone(message, { transfer })
      this.received.push(data)
      this.onmessage?.call(this as never, new MessageEvent('message', { data }))
      // Each message is a task of its own, as a real worker's are.
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
  }
  terminate(): void {}
}

/** A worker that fails to start (a broken bundle, a refused script). */
class FailingWorker extends SameThreadWorker {
  override postMessage(): void {
    this.requests++
    queueMicrotask(() =>
      this.onerror?.call(this as never, new ErrorEvent('error', { message: 'no worker' }))
    )
  }
}

const article: ArticleRecord = makeArticle({
  id: 'a1',
  lang: 'en',
  blocks: [
    { kind: 'heading', text: 'Convoy hit near the crossing', level: 1 },
    { kind: 'paragraph', text: 'Officials said three trucks burned. 🙂' },
    { kind: 'list-item', text: '' },
    { kind: 'quote', text: '“We saw it,” a driver said.' }
  ]
})

describe('readArticle', () => {
  it('reads the record in the worker and gives the page the same record', async () => {
    const db = freshDb()
    await db.articles.add(article)
    const worker = new SameThreadWorker()
    const reader = new ArticleReader(() => worker)
    const read = await readArticle(db, 'a1', reader)
    expect(read).toStrictEqual(article)
    expect(articlePlainText(read!.blocks)).toBe(plainText(article.blocks))
    expect(await readArticle(db, 'missing', reader)).toBeUndefined()
    expect(worker.requests).toBe(2)
  })

  it('sends a long text in pieces, each a message of its own, and the page joins them', async () => {
    const db = freshDb()
    // 2.5 million characters: no message may carry much more than TEXT_PIECE_CHARS of them.
    const long = makeArticle({
      id: 'long',
      blocks: Array.from({ length: 2_500 }, (_, i) => ({
        kind: 'paragraph' as const,
        text: `${i} `.padEnd(1_000, 'x')
      }))
    })
    await db.articles.add(long)
    const worker = new SameThreadWorker()
    const read = await readArticle(db, 'long', new ArticleReader(() => worker))
    expect(read).toStrictEqual(long)
    expect(articlePlainText(read!.blocks)).toBe(plainText(long.blocks))
    const texts = worker.received.map((m) =>
      'piece' in (m as object)
        ? (m as { piece: string }).piece
        : (m as { article: { text: string[] } }).article.text.join('')
    )
    expect(texts.length).toBe(4)
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(TEXT_PIECE_CHARS + 1_002)
  })

  it('reads on the page when the worker fails, and starts a new worker for the next read', async () => {
    const db = freshDb()
    await db.articles.add(article)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const started: SameThreadWorker[] = []
    const reader = new ArticleReader(() => {
      const w = started.length === 0 ? new FailingWorker() : new SameThreadWorker()
      started.push(w)
      return w
    })
    expect(await readArticle(db, 'a1', reader)).toStrictEqual(article)
    expect(warn).toHaveBeenCalledOnce()
    expect(await readArticle(db, 'a1', reader)).toStrictEqual(article)
    expect(started).toHaveLength(2)
    expect(started.map((w) => w.requests)).toEqual([1, 1])
  })
})

describe("the worker's connection", () => {
  it('gives way to a version change (a restore deleting the database) and reopens for the next read', async () => {
    const db = freshDb()
    await db.articles.add(article)
    const reader = new ArticleReader(() => new SameThreadWorker())
    expect(await readArticle(db, 'a1', reader)).toStrictEqual(article)
    // Blocked for ever if the worker held its connection through the version change.
    await db.delete()
    const again = new WorkbenchDb(db.name)
    dbs.push(again)
    const other = makeArticle({ ...article, title: 'Restored' })
    await again.articles.add(other)
    expect(await readArticle(again, 'a1', reader)).toStrictEqual(other)
  })
})

describe('getArticle in a live query', () => {
  it('answers again when the article is written, and undefined once it is deleted', async () => {
    const db = freshDb()
    await db.articles.add(article)
    const seen: (ArticleRecord | undefined)[] = []
    let wake: () => void = () => undefined
    const next = (count: number): Promise<void> =>
      new Promise((resolve) => {
        wake = () => {
          if (seen.length >= count) resolve()
        }
        wake()
      })
    const reader = new ArticleReader(() => new SameThreadWorker())
    const sub = liveQuery(() => getArticle(db, 'a1', reader)).subscribe((a) => {
      seen.push(a)
      wake()
    })
    try {
      await next(1)
      expect(seen[0]).toStrictEqual(article)
      const blocks = [{ kind: 'paragraph' as const, text: 'A corrected text.' }]
      await db.articles.update('a1', { blocks })
      await next(2)
      expect(seen[1]?.blocks).toStrictEqual(blocks)
      await db.articles.delete('a1')
      await next(3)
      expect(seen[2]).toBeUndefined()
    } finally {
      sub.unsubscribe()
    }
  })

  it('answers undefined for no id and for an id not stored', async () => {
    const db = freshDb()
    expect(await getArticle(db, undefined)).toBeUndefined()
    expect(await getArticle(db, 'nope')).toBeUndefined()
  })
})
