import { CURRENT_NOTE_SCHEMA_VERSION } from '@core/notes/note-document'
import { emptyNoteDoc } from '@core/notes/note-json'
import type { ArticleRecord } from '@shared/model/article'
import type { NoteRecord } from '@shared/model/note'
import { recordChange } from '../services/undo'
import { createNote } from '../db/commands/notes/note-commands'
import { db } from '../db/db'

/** Creates a note now, undoable as `label` (from a template, as a copy, blank). */
export async function createUndoableNote(
  input: Parameters<typeof createNote>[1],
  label: string
): Promise<NoteRecord> {
  const note = await createNote(db, input, new Date())
  recordChange(db.notes, label, undefined, note)
  return note
}

/** A blank note on the open article (across articles when none is open), undoable. */
export function createBlankNote(article: ArticleRecord | undefined): Promise<NoteRecord> {
  return createUndoableNote(
    {
      articleId: article?.id ?? null,
      title: article ? `Note — ${article.title}` : 'Note',
      doc: emptyNoteDoc(),
      schemaVersion: CURRENT_NOTE_SCHEMA_VERSION
    },
    'create note'
  )
}
