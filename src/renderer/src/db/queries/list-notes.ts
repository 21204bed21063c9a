import type { NoteRecord, NoteRevisionRecord } from '@shared/model/note'
import type { WorkbenchDb } from '../workbench-db'

/** The notes of an article and the notes that stand across articles, most recently edited first. */
export async function listNotes(
  db: WorkbenchDb,
  articleId: string | undefined
): Promise<NoteRecord[]> {
  const all = await db.notes.toArray()
  return all
    .filter((n) => n.articleId === null || n.articleId === articleId)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}

/** A note's revisions, newest first. */
export async function listRevisions(
  db: WorkbenchDb,
  noteId: string
): Promise<NoteRevisionRecord[]> {
  const revisions = await db.noteRevisions.where('noteId').equals(noteId).toArray()
  return revisions.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}
