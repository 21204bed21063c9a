import type { ArticleRecord } from '@shared/model/article'
import type { WorkbenchDb } from '../workbench-db'

/** One article by id, or undefined. */
export function getArticle(
  db: WorkbenchDb,
  id: string | undefined
): Promise<ArticleRecord | undefined> {
  return id ? db.articles.get(id) : Promise.resolve(undefined)
}
