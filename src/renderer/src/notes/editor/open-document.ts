import { createDocument, type Editor } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Selection } from '@tiptap/pm/state'
import type { NoteDoc } from '@core/notes/note-json'
import { unwrapChunks, wrapInChunks } from './chunks/chunk-json'
import { stripEmptyGuidance } from './guidance/strip-empty-guidance'

/** What a note editor is created with; the note itself comes in with openDocument. */
export const BLANK_NOTE: NoteDoc = { type: 'doc', content: [{ type: 'paragraph' }] }

/**
 * Puts a note into a mounted editor as if the editor had been created with it: plugin states are
 * initialised on it, nothing goes into the undo history and no update (so no save) follows.
 * Returns the document it put in.
 *
 * Why not create the editor with the note: Tiptap's React binding renders the document once when
 * the editor is created and again, whole, when the editor is put in the page (to attach the React
 * node views), with a full layout in between. For a 5,000-paragraph note that was two renders and
 * two layouts; created blank and opened here, it is one of each.
 */
export function openDocument(editor: Editor, doc: NoteDoc): PMNode {
  const node = createDocument(wrapInChunks(doc), editor.schema)
  const tr = editor.state.tr.replaceWith(0, editor.state.doc.content.size, node.content)
  tr.setSelection(Selection.atStart(tr.doc))
  tr.setMeta('addToHistory', false).setMeta('preventUpdate', true).setMeta('preventAutolink', true)
  editor.view.dispatch(tr)
  // The note as put in: plugins may append changes to this transaction (a trailing paragraph),
  // which are changes like any other (see NoteEditorProps.onOpened).
  return tr.doc
}

/** Replaces the editor's note with another one (a restored revision), as the user's change. */
export function replaceDocument(editor: Editor, doc: NoteDoc): void {
  editor.commands.setContent(wrapInChunks(doc), { emitUpdate: false })
}

/** The note the editor holds, as it is stored (without the view's chunks). */
export function readNoteDoc(editor: Editor): NoteDoc {
  return storedNoteDoc(editor.getJSON() as NoteDoc)
}

/** An editor document's JSON as the note is stored: no chunks, no empty guidance attributes. */
export function storedNoteDoc(json: NoteDoc): NoteDoc {
  return stripEmptyGuidance(unwrapChunks(json))
}
