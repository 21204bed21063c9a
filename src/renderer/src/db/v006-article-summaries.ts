import type Dexie from 'dexie'
import type { Table } from 'dexie'
import { buildArticleSummaries } from '@core/library/article-summaries'
import type { ArticleRecord } from '@shared/model/article'
import type { ArticleSummaryRecord } from '@shared/model/article-summary'

/** This version's number: the one line to change should another version take it first. */
export const ARTICLE_SUMMARIES_VERSION = 6

/**
 * Version 6: `articleSummaries`, one small record per article (title, source, dates, format,
 * annotation and event counts), so the library and the panes never read every article's text.
 * Derived data: the upgrade builds it from what is stored, `article-summaries-middleware.ts`
 * keeps it in step, backups leave it out and a restore rebuilds it. No stored record changes.
 */
export function v006ArticleSummaries(db: Dexie): void {
  db.version(ARTICLE_SUMMARIES_VERSION)
    .stores({ articleSummaries: 'id, importedAt' })
    .upgrade((tx) =>
      rebuildArticleSummaries({
        articles: tx.table('articles'),
        annotations: tx.table('annotations'),
        events: tx.table('events'),
        articleSummaries: tx.table('articleSummaries')
      })
    )
}

/**
 * Replaces every summary with one built from the stored tables, inside the caller's transaction.
 * Annotations and events are read by their articleId index's keys only, not as records.
 */
export async function rebuildArticleSummaries(tables: {
  articles: Table<ArticleRecord, string>
  annotations: Table<{ articleId: string }, string>
  events: Table<{ articleId: string }, string>
  articleSummaries: Table<ArticleSummaryRecord, string>
}): Promise<void> {
  const [annotationArticles, eventArticles] = await Promise.all([
    tables.annotations.orderBy('articleId').keys(),
    tables.events.orderBy('articleId').keys()
  ])
  const articles: Pick<
    ArticleRecord,
    'id' | 'title' | 'source' | 'publishedAt' | 'importedAt' | 'format'
  >[] = []
  // One article at a time: holding every text at once could be hundreds of megabytes.
  await tables.articles.each((a) => {
    articles.push({
      id: a.id,
      title: a.title,
      source: a.source,
      publishedAt: a.publishedAt,
      importedAt: a.importedAt,
      format: a.format
    })
  })
  await tables.articleSummaries.clear()
  await tables.articleSummaries.bulkPut(
    buildArticleSummaries(articles, annotationArticles, eventArticles)
  )
}
