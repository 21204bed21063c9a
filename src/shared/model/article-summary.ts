import type { ArticleFormat } from './article'

/**
 * What the library and the panes show of an article, without its text: one small record per
 * article in the `articleSummaries` table (database version 5), kept in step with the articles,
 * annotations and events by `db/article-summaries-middleware.ts`. Derived, so never backed up.
 */
export interface ArticleSummaryRecord {
  id: string
  title: string
  source: string
  publishedAt: string
  importedAt: string
  format: ArticleFormat
  annotationCount: number
  eventCount: number
}
