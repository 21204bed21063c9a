import { liveQuery } from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeArticle } from '@core/test-support/make-records'
import type { ArticleRecord } from '@shared/model/article'
import { WorkbenchDb } from '../workbench-db'
import { plainText } from '@core/article/plain-text'
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
  private answer(request: ArticleReadRequest): Promise<void> {
    return answerArticleRead(request).then(({ reply, transfer }) =>
      this.onmessage?.call(
        this as never,
        new MessageEvent('message', { data: structuredClone(reply, { transfer }) })
      )
    )
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
