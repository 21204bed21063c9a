/**
 * What is remembered of a deleted article so that notes quoting or linking it can say so: its
 * title and the ids of the annotations and events that went with it. Kept in the settings table
 * under DELETED_ARTICLES_KEY; undoing the delete removes the mark.
 */
export interface DeletedArticleMark {
  articleId: string
  title: string
  annotationIds: string[]
  eventIds: string[]
}

export const DELETED_ARTICLES_KEY = 'deletedArticles'

/** A stored list of marks, checked field by field (settings hold unknown values). */
export function isDeletedArticleMarks(value: unknown): value is DeletedArticleMark[] {
  const strings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string')
  return (
    Array.isArray(value) &&
    value.every(
      (m) =>
        typeof m === 'object' &&
        m !== null &&
        typeof (m as DeletedArticleMark).articleId === 'string' &&
        typeof (m as DeletedArticleMark).title === 'string' &&
        strings((m as DeletedArticleMark).annotationIds) &&
        strings((m as DeletedArticleMark).eventIds)
    )
  )
}
