import type { Editor } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import type { NoteDoc } from '@core/notes/note-json'

/** One change of a note: the document's size now, and the document as JSON when asked. */
export interface NoteChange {
  /** ProseMirror positions in the document: what serialising and storing it costs grows with it. */
  size: number
  /** The document as it was right after this change (serialised on the first call). */
  read: () => NoteDoc
  /** The editor's document right after this change (what the note journal diffs). */
  doc: PMNode
}

/** The NoteEditor callbacks the editor's extensions and events call. */
export interface NoteHandlerProps {
  onChange: (change: NoteChange) => void
  onOpenAnnotation?: (annotationId: string) => void
  onOpenEvent?: (eventId: string) => void
  onEditorReady?: (editor: Editor | null) => void
  /** The document as the note was put into the editor, before any change. */
  onOpened?: (doc: PMNode) => void
  /** Why a paste or drop was not let into the note. */
  onTooLarge?: (message: string) => void
}

export interface NoteHandlers extends Required<NoteHandlerProps> {
  /** Makes the next props' callbacks the ones called from now on. */
  setCurrent: (next: NoteHandlerProps) => void
}

/**
 * Stable callbacks for an editor created once: each forwards to the latest props, so the caller
 * may pass new functions on every render without the editor being rebuilt.
 */
export function createNoteHandlers(initial: NoteHandlerProps): NoteHandlers {
  let current = initial
  return {
    setCurrent: (next) => {
      current = next
    },
    onChange: (change) => current.onChange(change),
    onOpenAnnotation: (id) => current.onOpenAnnotation?.(id),
    onOpenEvent: (id) => current.onOpenEvent?.(id),
    onEditorReady: (editor) => current.onEditorReady?.(editor),
    onOpened: (doc) => current.onOpened?.(doc),
    onTooLarge: (message) => current.onTooLarge?.(message)
  }
}
