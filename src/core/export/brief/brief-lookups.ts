import type { ArticleRecord } from '../../../shared/model/article'
import type { AnnotationRecord, EventRecord } from '../../../shared/model/records'
import type { ExportData } from '../export-data'

/** Indexed reads of the export data, so a brief citing thousands of records stays linear. */
export interface BriefLookups {
  annotation(id: string): AnnotationRecord | undefined
  event(id: string): EventRecord | undefined
  article(id: string): ArticleRecord | undefined
  /** What a live block of a note draws: its article's records, or all for an article-less note. */
  scopedAnnotations(articleId: string | null): readonly AnnotationRecord[]
  scopedEvents(articleId: string | null): readonly EventRecord[]
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((item) => [item.id, item]))
}

function byArticle<T extends { articleId: string }>(list: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of list) {
    const group = groups.get(item.articleId)
    if (group) group.push(item)
    else groups.set(item.articleId, [item])
  }
  return groups
}

/** Lookups over one ExportData. */
export function briefLookups(data: ExportData): BriefLookups {
  const annotations = byId(data.annotations)
  const events = byId(data.events)
  const articles = byId(data.articles)
  const annotationsByArticle = byArticle(data.annotations)
  const eventsByArticle = byArticle(data.events)
  return {
    annotation: (id) => annotations.get(id),
    event: (id) => events.get(id),
    article: (id) => articles.get(id),
    scopedAnnotations: (articleId) =>
      articleId === null ? data.annotations : (annotationsByArticle.get(articleId) ?? []),
    scopedEvents: (articleId) =>
      articleId === null ? data.events : (eventsByArticle.get(articleId) ?? [])
  }
}
