import type Dexie from 'dexie'

/**
 * Version 5: the note journal (core/notes/note-journal.ts). Every change of an open note is
 * written here at once, as the blocks it touched, until the note's deferred full save holds it;
 * opening the note or starting the workbench replays what a closed or killed browser left. One
 * row per change, keyed by note, editing session and sequence number (0: the row saying which
 * session's changes the stored note holds). No stored record changes shape.
 */
export function v005NoteJournal(db: Dexie): void {
  db.version(5).stores({ noteJournal: '[noteId+session+seq], noteId' })
}
