import type { ArticleRecord } from '../../../../shared/model/article'
import type { WorkbenchDb } from '../workbench-db'

export type AddArticleOutcome =
  { kind: 'added'; article: ArticleRecord } | { kind: 'duplicate'; existing: ArticleRecord }

/**
 * Adds an article unless the same content is already in the library, in which case the existing
 * one is offered instead; checked and written in one transaction so two imports cannot race.
 */
export function addArticle(db: WorkbenchDb, article: ArticleRecord): Promise<AddArticleOutcome> {
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.where('contentHash').equals(article.contentHash).first()
    if (existing) return { kind: 'duplicate', existing }
    await db.articles.add(article)
    return { kind: 'added', article }
  })
}
