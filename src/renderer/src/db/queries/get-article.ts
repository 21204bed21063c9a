import type { ArticleRecord } from '@shared/model/article'
import type { WorkbenchDb } from '../workbench-db'
import { readArticle, type ArticleReader } from './read-article'

/**
 * One article by id, or undefined. Inside a live query it re-runs whenever that article is
 * written: the count over its key is what Dexie observes (a count on the primary key watches
 * the key's changes, not only its addition and removal), and reads no value on the page; the
 * record itself is read off the page's thread (read-article.ts).
 */
export async function getArticle(
  db: WorkbenchDb,
  id: string | undefined,
  /** Tests give their own; the app's page reads through its worker. */
  reader?: ArticleReader | null
): Promise<ArticleRecord | undefined> {
  if (!id) return undefined
  if ((await db.articles.where(':id').equals(id).count()) === 0) return undefined
  return reader === undefined ? readArticle(db, id) : readArticle(db, id, reader)
}
