import { CURRENT_NOTE_SCHEMA_VERSION, tryMigrateNoteDocument } from '@core/notes/note-document'
import {
  isJournalBase,
  planReplay,
  replayEntries,
  type JournalBase,
  type JournalEntry,
  type JournalRow
} from '@core/notes/note-journal'
import type { NoteJSONNode } from '@core/notes/note-json'
import type { NoteRecord } from '@shared/model/note'
import type { WorkbenchDb } from '../../workbench-db'

export type NoteJournalEntry = JournalEntry<NoteJSONNode>
type Row = JournalRow<NoteJSONNode>

const keyOf = (row: Row): [string, string, number] => [row.noteId, row.session, row.seq]

/** What opening (or the start of the workbench) took back from a note's journal. */
export interface NoteRecovery {
  /** The note as stored now; null when it no longer exists. */
  note: NoteRecord | null
  /** How many changes were replayed into it. */
  replayed: number
  /** Changes that could not be replayed: kept in the journal, flagged, and to be reported. */
  keptAside: NoteJournalEntry[]
}

/**
 * Replays what a note's journal holds beyond its last full save (a browser closed or killed
 * before the save) and saves the result, in one transaction with the note. With `claim`, the
 * editing session about to open the note becomes the one whose changes the stored note holds
 * (from its change 0); changes of any other session are kept aside from then on.
 */
export function recoverNote(
  db: WorkbenchDb,
  noteId: string,
  now: Date,
  claim?: string
): Promise<NoteRecovery> {
  return db.transaction('rw', db.notes, db.noteJournal, async () => {
    const note = (await db.notes.get(noteId)) ?? null
    const rows = await db.noteJournal.where('noteId').equals(noteId).toArray()
    if (!note) {
      // A deleted note's journal goes with it (deleteNote does the same).
      await db.noteJournal.bulkDelete(rows.map(keyOf))
      return { note: null, replayed: 0, keptAside: [] }
    }
    const plan = planReplay(rows)
    const keptAside = [...plan.keepAside]
    let stored = note
    let applied: NoteJournalEntry[] = []
    if (plan.replay.length > 0) {
      const opened = tryMigrateNoteDocument({ schemaVersion: note.schemaVersion, doc: note.doc })
      if (!opened.ok) keptAside.push(...plan.replay)
      else {
        const out = replayEntries(opened.value.doc.content, plan.replay)
        applied = out.applied
        keptAside.push(...out.failed)
        if (applied.length > 0) {
          stored = {
            ...note,
            doc: { ...opened.value.doc, content: out.blocks },
            schemaVersion: CURRENT_NOTE_SCHEMA_VERSION,
            updatedAt: now.toISOString()
          }
          await db.notes.put(stored)
        }
      }
    }
    await db.noteJournal.bulkDelete([...applied, ...plan.covered].map(keyOf))
    if (keptAside.length > 0)
      await db.noteJournal.bulkPut(keptAside.map((e) => ({ ...e, keptAside: true as const })))
    const last = applied[applied.length - 1]
    if (claim !== undefined) {
      await db.noteJournal.bulkDelete(rows.filter(isJournalBase).map(keyOf))
      await db.noteJournal.put(base(noteId, claim, 0))
    } else if (last) {
      await db.noteJournal.put(base(noteId, last.session, last.seq))
    }
    return { note: stored, replayed: applied.length, keptAside }
  })
}

const base = (noteId: string, session: string, savedThrough: number): JournalBase => ({
  noteId,
  session,
  seq: 0,
  savedThrough
})

/**
 * Replays every note's journal (see recoverNote): run as the workbench starts, before anything
 * can read a note for a backup or an export or write over it.
 */
export async function recoverAllNotes(
  db: WorkbenchDb,
  now: Date
): Promise<{ noteId: string; recovery: NoteRecovery }[]> {
  // Only notes with changes waiting: every note ever opened keeps its base row, and a
  // transaction for each of a thousand notes would slow every start.
  const waiting = await db.noteJournal
    .filter((row) => !isJournalBase(row) && !row.keptAside)
    .toArray()
  const ids = [...new Set(waiting.map((row) => row.noteId))]
  const out: { noteId: string; recovery: NoteRecovery }[] = []
  for (const noteId of ids) out.push({ noteId, recovery: await recoverNote(db, noteId, now) })
  return out
}

/**
 * Saves the document being edited, which holds the session's changes up to `seq`, and in the
 * same transaction deletes those changes from the journal and records that the stored note holds
 * them. The journal's rows for those changes were written before this transaction was created
 * (NoteJournalWriter writes each as the change is made), and IndexedDB runs transactions over the
 * same store in the order they were created, so none of them can arrive after it.
 */
export function saveNoteThrough(
  db: WorkbenchDb,
  noteId: string,
  doc: unknown,
  schemaVersion: number,
  now: Date,
  session: string,
  seq: number
): Promise<void> {
  return db.transaction('rw', db.notes, db.noteJournal, async () => {
    const updated = await db.notes.update(noteId, {
      doc,
      schemaVersion,
      updatedAt: now.toISOString()
    })
    if (updated === 0) throw new Error('This note no longer exists.')
    // Another session's base (a second window saved since): this save is what the note holds now.
    await db.noteJournal
      .where('noteId')
      .equals(noteId)
      .filter((row) => row.seq === 0 && row.session !== session)
      .delete()
    await db.noteJournal.put(base(noteId, session, seq))
    if (seq > 0)
      await db.noteJournal
        .where('[noteId+session+seq]')
        .between([noteId, session, 1], [noteId, session, seq], true, true)
        .delete()
  })
}

/** The text of kept-aside changes, for the report (the blocks they would have put in). */
export function keptAsideText(entries: readonly NoteJournalEntry[], max = 160): string {
  const text = (node: NoteJSONNode): string =>
    node.text ?? (node.content ?? []).map(text).join(node.type === 'doc' ? '\n' : '')
  const all = entries
    .flatMap((e) => e.blocks.map(text))
    .filter(Boolean)
    .join(' / ')
  return all.length > max ? `${all.slice(0, max - 1)}…` : all
}
