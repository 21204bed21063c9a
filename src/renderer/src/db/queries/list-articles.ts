import type { ArticleSummaryRecord } from '@shared/model/article-summary'
import type { WorkbenchDb } from '../workbench-db'

export type ArticleSummary = ArticleSummaryRecord

/**
 * The library: every article's summary (title, source, dates, counts), newest import first.
 * Reads only the summaries table, so a live query of it wakes on no other table's change and
 * never reads an article's text.
 */
export async function listArticles(db: WorkbenchDb): Promise<ArticleSummary[]> {
  return db.articleSummaries.orderBy('importedAt').reverse().toArray()
}
