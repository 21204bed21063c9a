import type { Node as PMNode } from '@tiptap/pm/model'
import { diffBlocks } from '@core/notes/note-journal'
import type { NoteJSONNode } from '@core/notes/note-json'
import type { NoteJournalEntry } from '../db/commands/notes/note-journal-commands'
import type { WorkbenchDb } from '../db/workbench-db'
import { dataEpoch } from '../services/pending-writes'
import { storedNoteDoc } from './editor/open-document'

/** A block as the note stores it (no empty guidance attributes). */
function storedBlock(node: PMNode): NoteJSONNode {
  return storedNoteDoc({ type: 'doc', content: [node.toJSON() as NoteJSONNode] }).content[0]!
}

/**
 * Writes journal entries to the database, each put and committed in the keystroke's own task
 * straight on the database's connection: through Dexie the transaction would wait for the
 * request's answer before committing, a few more milliseconds in which a killed browser loses it.
 * `onError` is called once, at the first failure (the full save still comes; a failing journal
 * would fail on every key).
 */
export function journalToDatabase(
  db: WorkbenchDb,
  onError: (err: unknown) => void
): (entry: NoteJournalEntry) => void {
  let reported = false
  const fail = (err: unknown): void => {
    if (reported) return
    reported = true
    onError(err)
  }
  return (entry) => {
    if (!db.isOpen()) {
      db.noteJournal.put(entry).catch(fail)
      return
    }
    try {
      const tx = db.backendDB().transaction('noteJournal', 'readwrite')
      tx.objectStore('noteJournal').put(entry)
      tx.onabort = () => fail(tx.error)
      tx.commit()
    } catch (err) {
      fail(err)
    }
  }
}

/**
 * Journals each change of one editing session of a note as it is made: the blocks it touched,
 * not the note (see core/notes/note-journal.ts). Like NoteSaver, it stops once a restore has
 * begun (a new data epoch).
 */
export class NoteJournalWriter {
  private blocks: readonly PMNode[] | null = null
  private seq = 0
  private readonly epoch = dataEpoch()

  constructor(
    readonly noteId: string,
    readonly session: string,
    private readonly write: (entry: NoteJournalEntry) => void
  ) {}

  private stopped = false

  /**
   * The note's blocks as the editor opened it: the stored note the first change is made on. An
   * editor opened again after changes were journalled may show other blocks than those changes
   * were made on: the session then journals nothing more (its full saves go on).
   */
  start(blocks: readonly PMNode[]): void {
    if (this.seq > 0) this.stopped = true
    this.blocks = blocks
  }

  /**
   * Journals the change from the blocks last seen to `blocks`; returns the number of the last
   * change journalled, which a full save of this document holds.
   */
  record(blocks: readonly PMNode[]): number {
    if (!this.blocks || this.stopped || dataEpoch() !== this.epoch) return this.seq
    const splice = diffBlocks(this.blocks, blocks)
    this.blocks = blocks
    if (!splice) return this.seq
    const entry: NoteJournalEntry = {
      ...splice,
      blocks: splice.blocks.map(storedBlock),
      noteId: this.noteId,
      session: this.session,
      seq: ++this.seq,
      at: new Date().toISOString()
    }
    this.write(entry)
    return this.seq
  }
}
