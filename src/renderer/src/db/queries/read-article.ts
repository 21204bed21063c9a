import type { ArticleRecord } from '@shared/model/article'
import { unpackArticle } from '@core/article/packed-article'
import type { WorkbenchDb } from '../workbench-db'
import { rememberArticlePlainText } from './article-plain-text'
import type { ArticleReadReply, ArticleReadRequest } from './answer-article-read'

type Pending = { resolve: (a: ArticleRecord | undefined) => void; reject: (e: Error) => void }

/** What the reader needs of a worker (tests give one that answers in the same thread). */
export type ArticleReaderWorker = Pick<
  Worker,
  'postMessage' | 'terminate' | 'onmessage' | 'onerror'
>

/**
 * Reads article records in a worker, started at the first read and kept (articles are opened
 * often). If it stops, the reads waiting on it fail and the next read starts a new one.
 */
export class ArticleReader {
  private worker: ArticleReaderWorker | null = null
  private nextSeq = 1
  private readonly pending = new Map<number, Pending>()

  constructor(private readonly startWorker: () => ArticleReaderWorker) {}

  read(databaseName: string, id: string): Promise<ArticleRecord | undefined> {
    return new Promise((resolve, reject) => {
      const seq = this.nextSeq++
      this.pending.set(seq, { resolve, reject })
      const request: ArticleReadRequest = { seq, databaseName, id }
      this.started().postMessage(request)
    })
  }

  private started(): ArticleReaderWorker {
    if (this.worker) return this.worker
    const w = this.startWorker()
    w.onmessage = (event: MessageEvent<ArticleReadReply>) => {
      const reply = event.data
      const waiting = this.pending.get(reply.seq)
      this.pending.delete(reply.seq)
      if (!waiting) return
      if (!reply.ok) return waiting.reject(new Error(reply.message))
      try {
        if (!reply.article) return waiting.resolve(undefined)
        const article = unpackArticle(reply.article)
        rememberArticlePlainText(article.blocks, reply.article.text)
        waiting.resolve(article)
      } catch (error) {
        waiting.reject(error instanceof Error ? error : new Error(String(error)))
      }
    }
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault()
      w.terminate()
      if (this.worker === w) this.worker = null
      for (const [seq, waiting] of this.pending) {
        this.pending.delete(seq)
        waiting.reject(new Error(event.message || 'the article reader stopped'))
      }
    }
    this.worker = w
    return w
  }
}

let pageReader: ArticleReader | null = null

/**
 * One article record, read in a worker where there are workers (the app): reading a 10 MB
 * article of 17,000 blocks through IndexedDB held the page for 360 ms in one task, a 60 MB one
 * for about a second; the worker hands the page the record packed (packed-article.ts), which it
 * receives in a few milliseconds. Where there are no workers (unit tests under jsdom), or the
 * worker fails, it is read here, so the reader never loses an article it could show before.
 */
export function readArticle(
  db: WorkbenchDb,
  id: string,
  reader: ArticleReader | null = typeof Worker === 'undefined'
    ? null
    : (pageReader ??= new ArticleReader(
        () => new Worker(new URL('./article-reader.worker.ts', import.meta.url), { type: 'module' })
      ))
): Promise<ArticleRecord | undefined> {
  if (!reader) return db.articles.get(id)
  return reader.read(db.name, id).catch((error: unknown) => {
    console.warn('Reading the article in a worker failed; reading it on the page.', error)
    return db.articles.get(id)
  })
}
