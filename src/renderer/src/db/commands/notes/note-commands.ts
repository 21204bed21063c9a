import type { NoteRecord, NoteRevisionRecord, NoteTemplateRecord } from '@shared/model/note'
import { newId } from '../../new-id'
import type { WorkbenchDb } from '../../workbench-db'

const byteSize = (doc: unknown): number => new TextEncoder().encode(JSON.stringify(doc)).length

/** Creates a note from a document (a template's, or a copy). */
export async function createNote(
  db: WorkbenchDb,
  input: { articleId: string | null; title: string; doc: unknown; schemaVersion: number },
  now: Date
): Promise<NoteRecord> {
  const at = now.toISOString()
  const note: NoteRecord = { id: newId(), ...input, createdAt: at, updatedAt: at }
  await db.notes.add(note)
  return note
}

/** Renames a note and returns it before and after, for undo. */
export function renameNote(
  db: WorkbenchDb,
  id: string,
  title: string,
  now: Date
): Promise<{ before: NoteRecord; after: NoteRecord }> {
  return db.transaction('rw', db.notes, async () => {
    const before = await db.notes.get(id)
    if (!before) throw new Error('This note no longer exists.')
    const after = { ...before, title, updatedAt: now.toISOString() }
    await db.notes.put(after)
    return { before, after }
  })
}

/** Deletes a note with its revisions, returning them so undo can restore everything. */
export function deleteNote(
  db: WorkbenchDb,
  id: string
): Promise<{ note: NoteRecord; revisions: NoteRevisionRecord[] } | null> {
  return db.transaction('rw', db.notes, db.noteRevisions, db.noteJournal, async () => {
    const note = await db.notes.get(id)
    if (!note) return null
    const revisions = await db.noteRevisions.where('noteId').equals(id).toArray()
    await db.noteRevisions.where('noteId').equals(id).delete()
    // The note's editor flushed before it closed: its journal holds nothing the note lacks.
    await db.noteJournal.where('noteId').equals(id).delete()
    await db.notes.delete(id)
    return { note, revisions }
  })
}

/** Puts a deleted note and its revisions back (undo of delete). */
export function restoreDeletedNote(
  db: WorkbenchDb,
  note: NoteRecord,
  revisions: NoteRevisionRecord[]
): Promise<void> {
  return db.transaction('rw', db.notes, db.noteRevisions, async () => {
    await db.notes.put(note)
    await db.noteRevisions.bulkPut(revisions)
  })
}

/** Stores a snapshot of the note as it is now. */
export async function snapshotNote(
  db: WorkbenchDb,
  note: NoteRecord,
  reason: NoteRevisionRecord['reason'],
  now: Date
): Promise<NoteRevisionRecord> {
  const revision: NoteRevisionRecord = {
    id: newId(),
    noteId: note.id,
    createdAt: now.toISOString(),
    reason,
    title: note.title,
    schemaVersion: note.schemaVersion,
    doc: note.doc,
    size: byteSize(note.doc)
  }
  await db.noteRevisions.add(revision)
  return revision
}

/** Restores a revision: the current text is snapshotted first, so a restore is never a loss. */
export function restoreRevision(
  db: WorkbenchDb,
  revisionId: string,
  now: Date
): Promise<NoteRecord> {
  return db.transaction('rw', db.notes, db.noteRevisions, async () => {
    const revision = await db.noteRevisions.get(revisionId)
    if (!revision) throw new Error('This revision no longer exists.')
    const note = await db.notes.get(revision.noteId)
    if (!note) throw new Error('The note of this revision no longer exists.')
    await snapshotNote(db, note, 'before-restore', now)
    const restored = {
      ...note,
      doc: revision.doc,
      schemaVersion: revision.schemaVersion,
      updatedAt: now.toISOString()
    }
    await db.notes.put(restored)
    return restored
  })
}

/** Saves a note's document as a new template. */
export async function saveTemplate(
  db: WorkbenchDb,
  name: string,
  doc: unknown,
  schemaVersion: number,
  now: Date
): Promise<NoteTemplateRecord> {
  const template: NoteTemplateRecord = {
    id: newId(),
    name,
    doc,
    schemaVersion,
    createdAt: now.toISOString()
  }
  await db.noteTemplates.add(template)
  return template
}
