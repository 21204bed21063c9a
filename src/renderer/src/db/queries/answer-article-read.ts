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
/**
 * One piece of the text of the article the reply to `seq` carries, sent before it in a message
 * of its own: the page receives each piece in its own task (60 MB as one string was one task of
 * 160 ms), and the reply's `text` is then empty.
 */
export interface ArticleTextPiece {
  seq: number
  piece: string
}
/** What the worker posts: pieces of the text, then the reply. */
export type ArticleReadMessage = ArticleTextPiece | ArticleReadReply

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

/**
 * The article reader worker's answer to one request: the messages to post, in order (the
 * article's text piece by piece, then the reply), each with the buffers it may transfer.
 */
export async function answerArticleRead(
  request: ArticleReadRequest
): Promise<{ message: ArticleReadMessage; transfer: ArrayBuffer[] }[]> {
  const { seq, databaseName, id } = request
  try {
    const record = await read(databaseName, id)
    if (!record) return [{ message: { seq, ok: true, article: null }, transfer: [] }]
    const article = packArticle(record)
    return [
      ...article.text.map((piece) => ({ message: { seq, piece }, transfer: [] })),
      {
        message: { seq, ok: true, article: { ...article, text: [] } },
        transfer: [
          article.ends.buffer,
          article.kinds.buffer,
          article.levels.buffer
        ] as ArrayBuffer[]
      }
    ]
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return [{ message: { seq, ok: false, message }, transfer: [] }]
  }
}
