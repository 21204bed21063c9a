import { Extension } from '@tiptap/core'

/**
 * A template's guidance for a section ("The one or two sentences a reader needs…") as an
 * attribute of an empty paragraph: the stylesheet shows it as a placeholder while the paragraph is
 * empty (note-editor.css), so it is never text — not typed over, not exported, not searched.
 * A paragraph split from a guided one does not inherit it.
 */
export const Guidance = Extension.create({
  name: 'guidance',

  addKeyboardShortcuts() {
    return {
      // Enter at the end of a heading goes to the empty paragraph below it (where a template's
      // guidance waits) instead of opening another one above it.
      Enter: ({ editor }) => {
        const { selection, doc } = editor.state
        const { $from, empty } = selection
        if (!empty || $from.parent.type.name !== 'heading') return false
        if ($from.parentOffset !== $from.parent.content.size) return false
        const after = $from.after()
        const next = doc.resolve(after).nodeAfter
        if (next?.type.name !== 'paragraph' || next.content.size !== 0) return false
        return editor.commands.setTextSelection(after + 1)
      }
    }
  },

  addGlobalAttributes() {
    return [
      {
        types: ['paragraph'],
        attributes: {
          guidance: {
            default: null,
            keepOnSplit: false,
            parseHTML: (element) => element.getAttribute('data-guidance') || null,
            renderHTML: (attributes) =>
              typeof attributes['guidance'] === 'string' && attributes['guidance'] !== ''
                ? { 'data-guidance': attributes['guidance'] }
                : {}
          }
        }
      }
    ]
  }
})
