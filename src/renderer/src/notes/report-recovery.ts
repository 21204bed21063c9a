import {
  keptAsideText,
  recoverAllNotes,
  type NoteRecovery
} from '../db/commands/notes/note-journal-commands'
import type { WorkbenchDb } from '../db/workbench-db'

export type Notify = (tone: 'info' | 'error', message: string) => void

/** Tells the analyst what a recovery put back and, above all, what it could not. */
export function reportRecovery(title: string, recovery: NoteRecovery, notify: Notify): void {
  const { replayed, keptAside } = recovery
  if (keptAside.length > 0)
    notify(
      'error',
      `${keptAside.length} unsaved ${keptAside.length === 1 ? 'change' : 'changes'} to “${title}” could not be put back: the note was saved from another window or restored since. They are kept in the database, not applied: “${keptAsideText(keptAside)}”`
    )
  else if (replayed > 0)
    notify(
      'info',
      `“${title}” had ${replayed} unsaved ${replayed === 1 ? 'change' : 'changes'} when the workbench last closed; ${replayed === 1 ? 'it was' : 'they were'} put back.`
    )
}

/**
 * Puts back every note's unsaved changes as the workbench starts (a browser closed or killed
 * mid-typing), before anything can back up, export or write over a note, and says so.
 */
export async function recoverNotesAtStart(db: WorkbenchDb, notify: Notify): Promise<void> {
  try {
    for (const { recovery } of await recoverAllNotes(db, new Date()))
      if (recovery.note) reportRecovery(recovery.note.title, recovery, notify)
  } catch (err) {
    notify('error', `Unsaved changes to notes could not be put back: ${String(err)}`)
  }
}
