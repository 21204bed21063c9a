import type { ArticleRecord } from '../../shared/model/article'
import type { ArticleSummaryRecord } from '../../shared/model/article-summary'

/** The counted field of a summary for records of each counted table. */
export const COUNT_FIELD = {
  annotations: 'annotationCount',
  events: 'eventCount'
} as const satisfies Record<string, keyof ArticleSummaryRecord>

export type CountedTable = keyof typeof COUNT_FIELD

/** Anything that belongs to an article (an annotation, an event). */
export interface OfArticle {
  articleId: string
}

/** The summary of `article` with the given counts (0 when not given). */
export function summaryOfArticle(
  article: Pick<ArticleRecord, 'id' | 'title' | 'source' | 'publishedAt' | 'importedAt' | 'format'>,
  counts: { annotationCount?: number; eventCount?: number } = {}
): ArticleSummaryRecord {
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    publishedAt: article.publishedAt,
    importedAt: article.importedAt,
    format: article.format,
    annotationCount: counts.annotationCount ?? 0,
    eventCount: counts.eventCount ?? 0
  }
}

/** How many of `articleIds` each article id has. */
export function tally(articleIds: Iterable<unknown>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const id of articleIds) if (typeof id === 'string') counts.set(id, (counts.get(id) ?? 0) + 1)
  return counts
}

/**
 * Every article's summary from whole tables (the upgrade that adds the table, a restore). The
 * annotations and events are given by their article ids only: an index's keys are enough.
 */
export function buildArticleSummaries(
  articles: Iterable<Parameters<typeof summaryOfArticle>[0]>,
  annotationArticleIds: Iterable<unknown>,
  eventArticleIds: Iterable<unknown>
): ArticleSummaryRecord[] {
  const annotations = tally(annotationArticleIds)
  const events = tally(eventArticleIds)
  return [...articles].map((a) =>
    summaryOfArticle(a, {
      annotationCount: annotations.get(a.id) ?? 0,
      eventCount: events.get(a.id) ?? 0
    })
  )
}

const articleIdOf = (record: unknown): string | undefined => {
  const id = (record as Partial<OfArticle> | null | undefined)?.articleId
  return typeof id === 'string' ? id : undefined
}

/**
 * The change in each article's count when the records `before` (undefined: there was none)
 * became `after` (undefined: deleted), position by position. Articles left unchanged are absent.
 */
export function countChanges(
  before: readonly unknown[],
  after: readonly unknown[]
): Map<string, number> {
  const changes = new Map<string, number>()
  const add = (id: string | undefined, by: number): void => {
    if (id !== undefined) changes.set(id, (changes.get(id) ?? 0) + by)
  }
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    add(articleIdOf(before[i]), -1)
    add(articleIdOf(after[i]), 1)
  }
  for (const [id, by] of changes) if (by === 0) changes.delete(id)
  return changes
}

/** `summary` with `by` added to the count of `table` (never below 0). */
export function withCountChange(
  summary: ArticleSummaryRecord,
  table: CountedTable,
  by: number
): ArticleSummaryRecord {
  const field = COUNT_FIELD[table]
  return { ...summary, [field]: Math.max(0, summary[field] + by) }
}
