import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { TypedTextBuffer } from './typed-text-buffer'

export const typedTextKey = new PluginKey('typedText')

/** The DOM selection as document positions, or null when it is not inside the editor. */
function domSelection(view: EditorView): { anchor: number; head: number } | null {
  // Chromium's shadow roots have getSelection too; the type knows only the document's.
  const root = view.root as Document
  const sel = typeof root.getSelection === 'function' ? root.getSelection() : null
  if (!sel?.anchorNode || !sel.focusNode) return null
  if (!view.dom.contains(sel.anchorNode) || !view.dom.contains(sel.focusNode)) return null
  try {
    return {
      anchor: view.posAtDOM(sel.anchorNode, sel.anchorOffset),
      head: view.posAtDOM(sel.focusNode, sel.focusOffset)
    }
  } catch {
    return null
  }
}

/**
 * The character a key press types into a textblock, or null when the browser should handle the
 * key as usual (ProseMirror then reads what it did from the DOM).
 */
export function typedCharacter(view: EditorView, event: KeyboardEvent): string | null {
  if (event.isComposing || view.composing || event.defaultPrevented) return null
  if ((event.ctrlKey && !event.altKey) || event.metaKey) return null
  // One character (a code point, so an emoji counts as one); "Enter" and the like do not.
  if ([...event.key].length !== 1 || /[\r\n]/.test(event.key)) return null
  const { selection } = view.state
  if (!(selection instanceof TextSelection) || !selection.$from.sameParent(selection.$to))
    return null
  if (!selection.$from.parent.inlineContent) return null
  // The caret may have moved in the DOM (arrow keys, End) before the editor read the move.
  const dom = domSelection(view)
  if (!dom || dom.anchor !== selection.anchor || dom.head !== selection.head) return null
  return event.key
}

/**
 * Events after which a waiting character must already be in the document: the next key, a click,
 * focus moving, clipboard and drag, composition, and the page going away.
 */
const FLUSH_ON = [
  'keydown',
  'mousedown',
  'pointerdown',
  'touchstart',
  'blur',
  'focusin',
  'paste',
  'cut',
  'copy',
  'dragstart',
  'drop',
  'compositionstart',
  'beforeinput',
  'contextmenu',
  'visibilitychange',
  'pagehide',
  'beforeunload'
] as const

/**
 * Types a character into the document itself, just after the key event, instead of letting the
 * browser insert it and ProseMirror read the change back. Chromium runs two costs on every
 * keystroke in a contenteditable that grow with the whole document: its own text insertion
 * (the editing command, with a forced layout) and, whenever the selection moves while an input
 * event is being handled, the text-input state it sends to the IME, which holds the editable's
 * entire text. In a 5,000-paragraph note that is tens of milliseconds a key. A transaction
 * applied in the next task or animation frame, whichever comes first, changes one text node and
 * moves the caret outside input handling: the character still shows in the next frame.
 *
 * Input rules and the other handleTextInput props run as for any typed text. Composition (IME,
 * dead keys), shortcuts, and anything but a caret or a selection inside one textblock are left
 * to the browser, and a waiting character is put in before any other key, click, focus change,
 * clipboard, drag or composition event is handled.
 */
export const TypedText = Extension.create({
  name: 'typedText',
  addProseMirrorPlugins() {
    let current: EditorView | null = null
    const buffer = new TypedTextBuffer(() => current)
    return [
      new Plugin({
        key: typedTextKey,
        view: (view) => {
          current = view
          const win = view.dom.ownerDocument.defaultView
          const flush = (): void => buffer.flush()
          for (const type of FLUSH_ON) win?.addEventListener(type, flush, true)
          return {
            destroy: () => {
              for (const type of FLUSH_ON) win?.removeEventListener(type, flush, true)
              buffer.flush()
              current = null
            }
          }
        },
        appendTransaction: (transactions) => {
          for (const tr of transactions) buffer.map(tr)
          return null
        },
        props: {
          handleKeyPress: (view, event) => {
            // Two key presses can come without a keydown between them (a dead key followed by a
            // letter it does not combine with): the first must be in before the selection is read.
            buffer.flush()
            const text = typedCharacter(view, event)
            if (text === null) return false
            const { from, to } = view.state.selection
            buffer.type(from, to, text)
            return true
          }
        }
      })
    ]
  }
})
