import type { NoteRecord } from '@shared/model/note'
import { recoverNote } from '../db/commands/notes/note-journal-commands'
import { db } from '../db/db'
import { newId } from '../db/new-id'
import { reportRecovery, type Notify } from './report-recovery'

/** An editing session of a note: the note as it opens, and the session its journal writes as. */
export interface NoteSession {
  note: NoteRecord
  /** null when the journal could not be read: the session then only saves the whole note. */
  session: string | null
}

/**
 * Opens a note for editing: whatever its journal holds beyond the last save (a browser closed or
 * killed mid-typing) is replayed and saved first, then a new session claims the note, all in one
 * transaction, before the editor can write anything.
 */
export async function openNoteSession(fallback: NoteRecord, notify: Notify): Promise<NoteSession> {
  const session = newId()
  try {
    const recovery = await recoverNote(db, fallback.id, new Date(), session)
    reportRecovery(fallback.title, recovery, notify)
    return { note: recovery.note ?? fallback, session: recovery.note ? session : null }
  } catch (err) {
    notify(
      'error',
      `The note's unsaved changes could not be read; it opens as last saved, and is saved whole from now on: ${String(err)}`
    )
    return { note: fallback, session: null }
  }
}
