import type { ArticleRecord } from '@shared/model/article'
import type { WorkbenchDb } from '../workbench-db'

export interface ArticleSummary {
  id: string
  title: string
  source: string
  publishedAt: string
  importedAt: string
  annotationCount: number
  eventCount: number
}

/** The library: every article with its counts, newest import first. */
export async function listArticles(db: WorkbenchDb): Promise<ArticleSummary[]> {
  const articles = await db.articles.orderBy('importedAt').reverse().toArray()
  return Promise.all(
    articles.map(async (a: ArticleRecord) => ({
      id: a.id,
      title: a.title,
      source: a.source,
      publishedAt: a.publishedAt,
      importedAt: a.importedAt,
      annotationCount: await db.annotations.where('articleId').equals(a.id).count(),
      eventCount: await db.events.where('articleId').equals(a.id).count()
    }))
  )
}
