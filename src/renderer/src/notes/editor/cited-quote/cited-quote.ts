import { Node, mergeAttributes } from '@tiptap/core'
import { NodeSelection } from '@tiptap/pm/state'
import { EMPTY_LOOKUPS, type NoteLookups } from '../live/note-lookups'
import {
  citedQuoteDataAttributes,
  citedQuoteNeedsRefresh,
  citedQuoteText,
  normaliseGrade,
  normaliseStatus,
  parseCitedQuoteElement,
  resolveCitedQuote,
  type CitedQuoteAttrs
} from './cited-quote-attrs'
import { CitedQuoteView } from './cited-quote-view'
import { quoteSpacing } from './quote-spacing'

export interface CitedQuoteOptions {
  lookups: Pick<NoteLookups, 'getAnnotation' | 'subscribe' | 'isReady' | 'getDeletedArticle'>
  /** Shows the annotation (and its passage) when a quote is clicked or Enter is pressed on it. */
  onOpenAnnotation: (annotationId: string) => void
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    citedQuote: {
      /** Inserts a quote of an annotation at the selection. */
      insertCitedQuote: (
        attrs: Omit<CitedQuoteAttrs, 'status'> & { status?: CitedQuoteAttrs['status'] }
      ) => ReturnType
      /**
       * Copies the live quote, grade and status of every cited annotation into the cached attrs
       * (kept out of undo history), so a saved note and its exports follow the annotations.
       */
      refreshCitedQuotes: () => ReturnType
    }
  }
}

function attrsOf(raw: Record<string, unknown>): CitedQuoteAttrs {
  return {
    annotationId: typeof raw.annotationId === 'string' ? raw.annotationId : '',
    quote: typeof raw.quote === 'string' ? raw.quote : '',
    grade: normaliseGrade(raw.grade),
    status: normaliseStatus(raw.status)
  }
}

/** An inline atom quoting an annotation: the live quote with its Admiralty grade, cached for export. */
export const CitedQuote = Node.create<CitedQuoteOptions>({
  name: 'citedQuote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return { lookups: EMPTY_LOOKUPS, onOpenAnnotation: () => {} }
  },

  addAttributes() {
    // The whole set is parsed and rendered together by the pure helpers; Tiptap's per-attribute
    // rendering is switched off so the HTML has exactly one shape.
    return {
      annotationId: { default: '', rendered: false },
      quote: { default: '', rendered: false },
      grade: { default: null, rendered: false },
      status: { default: 'exact', rendered: false }
    }
  },

  parseHTML() {
    return [
      {
        tag: 'span[data-cited-quote]',
        getAttrs: (element) => ({ ...parseCitedQuoteElement(element) })
      }
    ]
  },

  renderHTML({ node, HTMLAttributes }) {
    const attrs = attrsOf(node.attrs)
    const outer = mergeAttributes(HTMLAttributes, citedQuoteDataAttributes(attrs), {
      class: `cited-quote cited-quote--${attrs.status}`
    })
    return attrs.grade
      ? [
          'span',
          outer,
          ['q', {}, attrs.quote],
          ' ',
          ['span', { class: 'cited-quote-grade' }, attrs.grade]
        ]
      : ['span', outer, ['q', {}, attrs.quote]]
  },

  renderText({ node }) {
    return citedQuoteText(attrsOf(node.attrs))
  },

  addNodeView() {
    return ({ node }) =>
      new CitedQuoteView(node, this.options.lookups, (id) => this.options.onOpenAnnotation(id))
  },

  addCommands() {
    return {
      insertCitedQuote:
        (attrs) =>
        ({ commands, state }) => {
          // A quote dropped right after a word (or before one) gets the space a writer expects.
          const { $from, $to } = state.selection
          const before = $from.parent.textBetween(
            Math.max(0, $from.parentOffset - 1),
            $from.parentOffset,
            undefined,
            '\uFFFC'
          )
          const after = $to.parent.textBetween(
            $to.parentOffset,
            Math.min($to.parent.content.size, $to.parentOffset + 1),
            undefined,
            '\uFFFC'
          )
          const { lead, trail } = quoteSpacing(before, after)
          const space = { type: 'text', text: ' ' }
          return commands.insertContent([
            ...(lead ? [space] : []),
            { type: this.name, attrs: { status: 'exact', ...attrs } },
            ...(trail ? [space] : [])
          ])
        },
      refreshCitedQuotes:
        () =>
        ({ tr, state, dispatch }) => {
          // Before the records load, every annotation would look deleted.
          if (this.options.lookups.isReady?.() === false) return false
          let changed = false
          state.doc.descendants((node, pos) => {
            if (node.type.name !== this.name) return
            const cached = attrsOf(node.attrs)
            const resolved = resolveCitedQuote(
              cached,
              this.options.lookups.getAnnotation(cached.annotationId)
            )
            if (!citedQuoteNeedsRefresh(cached, resolved)) return
            changed = true
            tr.setNodeMarkup(pos, undefined, { ...resolved })
          })
          if (changed && dispatch) tr.setMeta('addToHistory', false)
          return changed
        }
    }
  },

  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { selection } = editor.state
        if (!(selection instanceof NodeSelection) || selection.node.type.name !== this.name)
          return false
        this.options.onOpenAnnotation(attrsOf(selection.node.attrs).annotationId)
        return true
      }
    }
  }
})
