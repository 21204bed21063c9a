import type { ArticleRecord } from '@shared/model/article'
import type { SourceFileRecord } from '@shared/model/source-file'
import type { WorkbenchDb } from '../workbench-db'

export type AddArticleOutcome =
  { kind: 'added'; article: ArticleRecord } | { kind: 'duplicate'; existing: ArticleRecord }

/**
 * Adds an article unless the same content is already in the library, in which case the existing
 * one is offered instead; checked and written in one transaction so two imports cannot race.
 */
export function addArticle(
  db: WorkbenchDb,
  article: ArticleRecord,
  source?: SourceFileRecord
): Promise<AddArticleOutcome> {
  return db.transaction('rw', db.articles, db.sourceFiles, async () => {
    const existing = await db.articles.where('contentHash').equals(article.contentHash).first()
    if (existing) return { kind: 'duplicate', existing }
    await db.articles.add(article)
    // The original file (a PDF's pages for the page view) goes in with its article or not at all.
    if (source) await db.sourceFiles.put({ ...source, articleId: article.id })
    return { kind: 'added', article }
  })
}
