import type { AnnotationRecord } from '@shared/model/annotation'
import type { ArticleRecord } from '@shared/model/article'
import type { ArticleRevisionRecord } from '@shared/model/article-revision'
import {
  DELETED_ARTICLES_KEY,
  isDeletedArticleMarks,
  type DeletedArticleMark
} from '@shared/model/deleted-article'
import type { EventRecord } from '@shared/model/event'
import type { SourceFileRecord } from '@shared/model/source-file'
import type { WorkbenchDb } from '../workbench-db'

/** Everything a delete took away, as stored, so undo puts it back with the same ids. */
export interface DeletedArticle {
  article: ArticleRecord
  annotations: AnnotationRecord[]
  events: EventRecord[]
  revisions: ArticleRevisionRecord[]
  /** The original file (a PDF's bytes for its page view), kept until undo can no longer come. */
  sourceFile: SourceFileRecord | null
  /** Notes that were about this article; they stay, as notes across articles. */
  noteIds: string[]
  mark: DeletedArticleMark
}

/** What goes with an article, and which notes are touched, for the confirmation to say. */
export interface ArticleDependants {
  annotations: number
  events: number
  revisions: number
  /** Notes about this article (they become notes across articles). */
  ownNotes: number
  /** Other notes that quote one of its annotations or show one of its events. */
  citingNotes: number
}

const tables = (db: WorkbenchDb) => [
  db.articles,
  db.annotations,
  db.events,
  db.articleRevisions,
  db.sourceFiles,
  db.notes,
  db.settings
]

/** Counts what deleting the article would remove or touch. */
export async function articleDependants(db: WorkbenchDb, id: string): Promise<ArticleDependants> {
  return db.transaction('r', tables(db), async () => {
    const annotationIds = await db.annotations.where('articleId').equals(id).primaryKeys()
    const eventIds = await db.events.where('articleId').equals(id).primaryKeys()
    const revisions = await db.articleRevisions.where('articleId').equals(id).count()
    const ids = [...annotationIds, ...eventIds]
    let ownNotes = 0
    let citingNotes = 0
    await db.notes.each((n) => {
      if (n.articleId === id) ownNotes++
      else if (ids.length > 0 && citesAny(n.doc, ids)) citingNotes++
    })
    return {
      annotations: annotationIds.length,
      events: eventIds.length,
      revisions,
      ownNotes,
      citingNotes
    }
  })
}

// Ids are random UUIDs, so finding one in the stored JSON is finding a reference to it.
function citesAny(doc: unknown, ids: readonly string[]): boolean {
  const json = JSON.stringify(doc)
  return ids.some((id) => json.includes(id))
}

async function readMarks(db: WorkbenchDb): Promise<DeletedArticleMark[]> {
  const stored = (await db.settings.get(DELETED_ARTICLES_KEY))?.value
  return isDeletedArticleMarks(stored) ? stored : []
}

/**
 * Removes an article with its annotations, events and kept versions, all or nothing. Notes keep
 * their text: the article's own notes become notes across articles, and a mark remembers which
 * annotations and events went with it, so cited quotes and event cards say their article was
 * deleted. Returns what was removed (for undo), or null when the article was already gone.
 */
export function deleteArticle(db: WorkbenchDb, id: string): Promise<DeletedArticle | null> {
  return db.transaction('rw', tables(db), async () => {
    const article = await db.articles.get(id)
    if (!article) return null
    const annotations = await db.annotations.where('articleId').equals(id).toArray()
    const events = await db.events.where('articleId').equals(id).toArray()
    const revisions = await db.articleRevisions.where('articleId').equals(id).toArray()
    const noteIds = await db.notes.where('articleId').equals(id).primaryKeys()
    const mark: DeletedArticleMark = {
      articleId: id,
      title: article.title,
      annotationIds: annotations.map((a) => a.id),
      eventIds: events.map((e) => e.id)
    }
    for (const noteId of noteIds) await db.notes.update(noteId, { articleId: null })
    const marks = (await readMarks(db)).filter((m) => m.articleId !== id)
    await db.settings.put({ key: DELETED_ARTICLES_KEY, value: [...marks, mark] })
    await db.annotations.bulkDelete(mark.annotationIds)
    await db.events.bulkDelete(mark.eventIds)
    await db.articleRevisions.bulkDelete(revisions.map((r) => r.id))
    const sourceFile = (await db.sourceFiles.get(id)) ?? null
    await db.sourceFiles.delete(id)
    await db.articles.delete(id)
    return { article, annotations, events, revisions, sourceFile, noteIds, mark }
  })
}

/** Undoes deleteArticle: every record back as it was, same ids; the notes return to the article. */
export function restoreDeletedArticle(db: WorkbenchDb, deleted: DeletedArticle): Promise<void> {
  return db.transaction('rw', tables(db), async () => {
    const clash = await db.articles.where('contentHash').equals(deleted.article.contentHash).first()
    if (clash && clash.id !== deleted.article.id)
      throw new Error(`The same text is in the library again as “${clash.title}”.`)
    await db.articles.put(deleted.article)
    await db.annotations.bulkPut(deleted.annotations)
    await db.events.bulkPut(deleted.events)
    await db.articleRevisions.bulkPut(deleted.revisions)
    if (deleted.sourceFile) await db.sourceFiles.put(deleted.sourceFile)
    for (const noteId of deleted.noteIds) {
      const note = await db.notes.get(noteId)
      // A note moved to another article since is left where the analyst put it.
      if (note && note.articleId === null)
        await db.notes.update(noteId, { articleId: deleted.article.id })
    }
    const marks = (await readMarks(db)).filter((m) => m.articleId !== deleted.article.id)
    await db.settings.put({ key: DELETED_ARTICLES_KEY, value: marks })
  })
}
