import { afterEach, describe, expect, it } from 'vitest'
import { parseBackup } from '@core/backup'
import { CURRENT_NOTE_SCHEMA_VERSION } from '@core/notes/note-document'
import type { JournalBase } from '@core/notes/note-journal'
import { paragraph, text, type NoteJSONNode } from '@core/notes/note-json'
import type { NoteRecord } from '@shared/model/note'
import { createBackupText } from '../backup/create-backup-text'
import { restoreBackupFile } from '../backup/restore-backup'
import { WorkbenchDb } from '../../workbench-db'
import { createNote, deleteNote } from './note-commands'
import {
  recoverAllNotes,
  recoverNote,
  saveNoteThrough,
  type NoteJournalEntry
} from './note-journal-commands'

let n = 0
const dbs: WorkbenchDb[] = []
function freshDb(): WorkbenchDb {
  const db = new WorkbenchDb(`journal-test-${n++}`)
  dbs.push(db)
  return db
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

const NOW = new Date('2026-12-07T09:00:00.000Z')
const p = (s: string): NoteJSONNode => paragraph(text(s))
const docOf = (...lines: string[]) => ({ type: 'doc', content: lines.map(p) })

async function noteWith(db: WorkbenchDb, ...lines: string[]): Promise<NoteRecord> {
  return createNote(
    db,
    {
      articleId: null,
      title: 'Brief',
      doc: docOf(...lines),
      schemaVersion: CURRENT_NOTE_SCHEMA_VERSION
    },
    new Date('2026-12-01T00:00:00.000Z')
  )
}

/** The session's `seq`-th change: block `at` of a note of `length` blocks now reads `line`. */
const change = (
  noteId: string,
  session: string,
  seq: number,
  length: number,
  at: number,
  line: string
): NoteJournalEntry => ({
  noteId,
  session,
  seq,
  at: NOW.toISOString(),
  length,
  from: at,
  to: at + 1,
  blocks: [p(line)]
})

const linesOf = async (db: WorkbenchDb, id: string): Promise<string[]> =>
  ((await db.notes.get(id))!.doc as { content: NoteJSONNode[] }).content.map(
    (b) => b.content?.[0]?.text ?? ''
  )

describe('the note journal in the database', () => {
  it('puts back what a killed browser had not saved, once', async () => {
    const db = freshDb()
    const note = await noteWith(db, 'One', 'Two')
    expect((await recoverNote(db, note.id, NOW, 's1')).replayed).toBe(0)
    // Typed: three changes; the deferred save held the first one only.
    await db.noteJournal.bulkPut([
      change(note.id, 's1', 1, 2, 0, 'One!'),
      change(note.id, 's1', 2, 2, 1, 'Two?'),
      change(note.id, 's1', 3, 2, 1, 'Two??')
    ])
    await saveNoteThrough(db, note.id, docOf('One!', 'Two'), 2, NOW, 's1', 1)
    expect(await db.noteJournal.count()).toBe(3) // the base and changes 2 and 3
    expect(await linesOf(db, note.id)).toEqual(['One!', 'Two'])

    const back = await recoverNote(db, note.id, NOW, 's2')
    expect(back).toMatchObject({ replayed: 2, keptAside: [] })
    expect(await linesOf(db, note.id)).toEqual(['One!', 'Two??'])
    expect(back.note!.updatedAt).toBe(NOW.toISOString())
    // Only the new session's base is left: opening again changes nothing.
    expect(await db.noteJournal.toArray()).toEqual([
      { noteId: note.id, session: 's2', seq: 0, savedThrough: 0 } satisfies JournalBase
    ])
    expect((await recoverNote(db, note.id, NOW, 's3')).replayed).toBe(0)
    expect(await linesOf(db, note.id)).toEqual(['One!', 'Two??'])
  })

  it("keeps aside, reports once and never applies another session's changes", async () => {
    const db = freshDb()
    const note = await noteWith(db, 'One')
    await recoverNote(db, note.id, NOW, 'tab-1')
    await recoverNote(db, note.id, NOW, 'tab-2')
    // Tab 1 typed after tab 2 opened the note: its change was made on another text.
    await db.noteJournal.put(change(note.id, 'tab-1', 1, 1, 0, 'One from tab 1'))
    const first = await recoverNote(db, note.id, NOW)
    expect(first.replayed).toBe(0)
    expect(first.keptAside.map((e) => e.blocks)).toEqual([[p('One from tab 1')]])
    expect(await linesOf(db, note.id)).toEqual(['One'])
    // Still in the database, flagged; not reported again.
    expect(await db.noteJournal.get([note.id, 'tab-1', 1])).toMatchObject({ keptAside: true })
    expect((await recoverNote(db, note.id, NOW)).keptAside).toEqual([])
  })

  it('keeps aside a change that does not fit the stored note', async () => {
    const db = freshDb()
    const note = await noteWith(db, 'One')
    await recoverNote(db, note.id, NOW, 's')
    await db.noteJournal.bulkPut([
      change(note.id, 's', 1, 1, 0, 'One!'),
      change(note.id, 's', 2, 7, 0, 'made on a note of 7 blocks')
    ])
    const back = await recoverNote(db, note.id, NOW)
    expect(back.replayed).toBe(1)
    expect(back.keptAside.map((e) => e.seq)).toEqual([2])
    expect(await linesOf(db, note.id)).toEqual(['One!'])
  })

  it('puts back every note at start, and forgets a deleted note', async () => {
    const db = freshDb()
    const a = await noteWith(db, 'A')
    const b = await noteWith(db, 'B')
    await recoverNote(db, a.id, NOW, 'sa')
    await recoverNote(db, b.id, NOW, 'sb')
    await db.noteJournal.bulkPut([
      change(a.id, 'sa', 1, 1, 0, 'A1'),
      change(b.id, 'sb', 1, 1, 0, 'B1')
    ])
    const all = await recoverAllNotes(db, NOW)
    expect(all.map((r) => r.recovery.replayed)).toEqual([1, 1])
    expect(await linesOf(db, a.id)).toEqual(['A1'])
    expect(await linesOf(db, b.id)).toEqual(['B1'])
    await db.noteJournal.put(change(a.id, 'sa', 2, 1, 0, 'A2'))
    await deleteNote(db, a.id)
    expect(await db.noteJournal.where('noteId').equals(a.id).count()).toBe(0)
  })

  it('is emptied by a restore, so nothing lands on the restored notes', async () => {
    const db = freshDb()
    const note = await noteWith(db, 'One')
    const file = parseBackup(
      await createBackupText(db, { now: NOW.toISOString(), appVersion: 'test' })
    )
    if (!file.ok) throw new Error(file.error.message)
    expect(Object.keys(file.value.tables)).not.toContain('noteJournal')
    await recoverNote(db, note.id, NOW, 's')
    await db.noteJournal.put(change(note.id, 's', 1, 1, 0, 'typed before the restore'))
    expect((await restoreBackupFile(db, file.value)).ok).toBe(true)
    expect(await db.noteJournal.count()).toBe(0)
    expect((await recoverNote(db, note.id, NOW)).replayed).toBe(0)
    expect(await linesOf(db, note.id)).toEqual(['One'])
  })
})
