import { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import fc from 'fast-check'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { planReplay, replayEntries } from '@core/notes/note-journal'
import { bulletList, heading, paragraph, text, type NoteDoc } from '@core/notes/note-json'
import type { NoteJournalEntry } from '../db/commands/notes/note-journal-commands'
import { noteBlocks } from './editor/chunks/note-blocks'
import { noteChunkKey } from './editor/chunks/note-chunk'
import { createNoteExtensions } from './editor/note-extensions'
import { openDocument, readNoteDoc } from './editor/open-document'
import { stubLayout } from './editor/testing/stub-layout'
import { NoteJournalWriter } from './note-journal-writer'

beforeAll(stubLayout)

const editors: Editor[] = []
afterEach(() => {
  for (const e of editors.splice(0)) if (!e.isDestroyed) e.destroy()
  document.body.replaceChildren()
})

/** A note of `n` blocks (a paragraph last, as the editor keeps it); over 200 it opens in chunks. */
function note(n: number): NoteDoc {
  return {
    type: 'doc',
    content: Array.from({ length: n }, (_, i) =>
      i === n - 1
        ? paragraph(text('The end'))
        : i % 11 === 5
          ? heading(2, `Heading ${i}`)
          : i % 13 === 7
            ? bulletList(`item ${i}a`, `item ${i}b`)
            : paragraph(text(`Paragraph ${i} text`))
    )
  }
}

/** An editor opened as NoteEditor opens one, journalling as NoteView does. */
function openJournalled(doc: NoteDoc): { editor: Editor; entries: NoteJournalEntry[] } {
  const element = document.createElement('div')
  document.body.append(element)
  const editor = new Editor({ element, extensions: createNoteExtensions() })
  editors.push(editor)
  const entries: NoteJournalEntry[] = []
  const writer = new NoteJournalWriter('n', 's', (e) => entries.push(structuredClone(e)))
  editor.on('update', ({ editor: e, transaction, appendedTransactions }) => {
    const edits = [transaction, ...appendedTransactions].filter((t) => t.docChanged)
    if (edits.every((t) => t.getMeta(noteChunkKey) === true)) return
    writer.record(noteBlocks(e.state.doc))
  })
  writer.start(noteBlocks(openDocument(editor, doc)))
  return { editor, entries }
}

type Op =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'enter'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'backspace-at-start'; at: number }
  | { kind: 'undo' }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('type' as const),
    at: fc.nat(),
    text: fc.string({ minLength: 1, maxLength: 5 })
  }),
  fc.record({ kind: fc.constant('enter' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('backspace-at-start' as const), at: fc.nat() }),
  fc.constant({ kind: 'undo' as const })
)

/** Text positions of the document (inside textblocks), where a caret can be. */
function caretPositions(editor: Editor): number[] {
  const out: number[] = []
  editor.state.doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    for (let p = pos + 1; p <= pos + 1 + node.content.size; p++) out.push(p)
    return false
  })
  return out
}

function run(editor: Editor, o: Op): void {
  const places = caretPositions(editor)
  const at = places[('at' in o ? o.at : 0) % places.length]!
  const caret = (pos: number) => editor.chain().setTextSelection(pos)
  switch (o.kind) {
    case 'type':
      caret(at).insertContent(o.text).run()
      return
    case 'enter':
      caret(at).splitBlock().run()
      return
    case 'delete': {
      const to = places[Math.min(places.length - 1, places.indexOf(at) + o.length)]!
      editor.view.dispatch(
        editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at, to)).deleteSelection()
      )
      return
    }
    case 'backspace-at-start': {
      const $at = editor.state.doc.resolve(at)
      caret($at.start()).joinBackward().run()
      return
    }
    case 'undo':
      editor.commands.undo()
  }
}

describe('the note journal, written by the editor', () => {
  it('replays to exactly the note typed, cut after any change, short or in chunks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(5, 260),
        fc.array(op, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        (size, ops, cutAt) => {
          const base = note(size)
          const { editor, entries } = openJournalled(base)
          // What the note was after each journalled change (what a full save would have stored).
          const after: NoteDoc[] = []
          for (const o of ops) {
            const before = entries.length
            run(editor, o)
            if (entries.length > before) after.push(readNoteDoc(editor))
          }
          const cut = cutAt % (entries.length + 1)
          const rows = [{ noteId: 'n', session: 's', seq: 0 as const, savedThrough: 0 }]
          const plan = planReplay([...rows, ...entries.slice(0, cut)])
          const out = replayEntries(structuredClone(base.content), plan.replay)
          expect(out.failed).toEqual([])
          expect(out.blocks).toEqual(cut === 0 ? base.content : after[cut - 1]!.content)
          editor.destroy()
        }
      ),
      { numRuns: 60 }
    )
  })

  it('writes the paragraph typed in, not the note', () => {
    const { editor, entries } = openJournalled(note(1_000))
    const end = editor.state.doc.content.size - 2
    editor.chain().setTextSelection(end).insertContent('x').run()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ length: 1_000, from: 999, to: 1_000, seq: 1 })
    expect(entries[0]!.blocks).toEqual([paragraph(text('The endx'))])
  })
})
