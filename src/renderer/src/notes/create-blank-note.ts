import { CURRENT_NOTE_SCHEMA_VERSION } from '../../../core/notes/note-document'
import { emptyNoteDoc } from '../../../core/notes/note-json'
import type { ArticleRecord } from '../../../shared/model/article'
import type { NoteRecord } from '../../../shared/model/note'
import { recordChange } from '../app/undo'
import { createNote } from '../db/commands/notes/note-commands'
import { db } from '../db/db'

/** A blank note on the open article (across articles when none is open), undoable. */
export async function createBlankNote(article: ArticleRecord | undefined): Promise<NoteRecord> {
  const note = await createNote(
    db,
    {
      articleId: article?.id ?? null,
      title: article ? `Note — ${article.title}` : 'Note',
      doc: emptyNoteDoc(),
      schemaVersion: CURRENT_NOTE_SCHEMA_VERSION
    },
    new Date()
  )
  recordChange(db.notes, 'create note', undefined, note)
  return note
}
