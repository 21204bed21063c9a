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

// One connection per database, kept between reads (opening one for each read added to every
// article's time to show); closed when another connection asks for a version change (a restore,
// an upgrade), so it never holds one up, and opened again by the next read.
const connections = new Map<string, Promise<Dexie>>()

function connection(databaseName: string): Promise<Dexie> {
  let opened = connections.get(databaseName)
  if (!opened) {
    // Opened at whatever version the page created it: this side only reads.
    const db = new Dexie(databaseName)
    db.on('versionchange', () => {
      db.close()
      connections.delete(databaseName)
    })
    opened = db.open().catch((error: unknown) => {
      connections.delete(databaseName)
      throw error
    })
    connections.set(databaseName, opened)
  }
  return opened
}

async function read(databaseName: string, id: string): Promise<ArticleRecord | undefined> {
  try {
    const db = await connection(databaseName)
    return (await db.table('articles').get(id)) as ArticleRecord | undefined
  } catch {
    // A connection closed or gone stale meanwhile: once more on a fresh one.
    const stale = connections.get(databaseName)
    connections.delete(databaseName)
    void stale?.then((db) => db.close()).catch(() => undefined)
    const db = await connection(databaseName)
    return (await db.table('articles').get(id)) as ArticleRecord | undefined
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
