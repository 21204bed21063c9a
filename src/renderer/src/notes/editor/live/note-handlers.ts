import type { Editor } from '@tiptap/core'
import type { NoteDoc } from '../../../../../core/notes/note-json'

/** The NoteEditor callbacks the editor's extensions and events call. */
export interface NoteHandlerProps {
  onChange: (doc: NoteDoc) => void
  onOpenAnnotation?: (annotationId: string) => void
  onOpenEvent?: (eventId: string) => void
  onEditorReady?: (editor: Editor | null) => void
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
    onChange: (doc) => current.onChange(doc),
    onOpenAnnotation: (id) => current.onOpenAnnotation?.(id),
    onOpenEvent: (id) => current.onOpenEvent?.(id),
    onEditorReady: (editor) => current.onEditorReady?.(editor)
  }
}
