import Dexie from 'dexie'
import type { ArticleRecord } from '@shared/model/article'
import { packArticle, type PackedArticle } from '@core/article/packed-article'

export interface ArticleReadRequest {
  /** Matches the reply to its request. */
  seq: number
  databaseName: string
  id: string
}
export type ArticleReadReply =
  | { seq: number; ok: true; article: PackedArticle | null }
  | { seq: number; ok: false; message: string }

async function read(databaseName: string, id: string): Promise<ArticleRecord | undefined> {
  // Opened at whatever version the page created it, only to read, and closed after each read,
  // so it never holds up a restore's or an upgrade's version change.
  const db = new Dexie(databaseName)
  try {
    await db.open()
    return (await db.table('articles').get(id)) as ArticleRecord | undefined
  } finally {
    db.close()
  }
}

/** The article reader worker's answer to one request, and the buffers it may transfer. */
export async function answerArticleRead(
  request: ArticleReadRequest
): Promise<{ reply: ArticleReadReply; transfer: ArrayBuffer[] }> {
  const { seq, databaseName, id } = request
  try {
    const record = await read(databaseName, id)
    if (!record) return { reply: { seq, ok: true, article: null }, transfer: [] }
    const article = packArticle(record)
    return {
      reply: { seq, ok: true, article },
      transfer: [article.ends.buffer, article.kinds.buffer, article.levels.buffer] as ArrayBuffer[]
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { reply: { seq, ok: false, message }, transfer: [] }
  }
}
