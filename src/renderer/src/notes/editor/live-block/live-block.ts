import { Node, mergeAttributes } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { EMPTY_LOOKUPS, type NoteLookups } from '../live/note-lookups'
import { LiveBlockView } from './LiveBlockView'

export type LiveBlockKind = 'timeline' | 'sources'

export interface LiveBlockOptions {
  lookups: Pick<NoteLookups, 'getTimeline' | 'getSources' | 'subscribe' | 'isReady'>
  onOpenEvent: (eventId: string) => void
  onOpenAnnotation: (annotationId: string) => void
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    liveBlock: {
      /** Inserts a block that always shows the current timeline or sources. */
      insertLiveBlock: (kind: LiveBlockKind) => ReturnType
    }
  }
}

export function isLiveBlockKind(value: unknown): value is LiveBlockKind {
  return value === 'timeline' || value === 'sources'
}

/** A block atom whose content is computed from the workbench's events or sources, never stored. */
export const LiveBlock = Node.create<LiveBlockOptions>({
  name: 'liveBlock',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return { lookups: EMPTY_LOOKUPS, onOpenEvent: () => {}, onOpenAnnotation: () => {} }
  },

  addAttributes() {
    return {
      kind: {
        default: 'timeline',
        parseHTML: (element) => {
          const kind = element.getAttribute('data-kind')
          return isLiveBlockKind(kind) ? kind : 'timeline'
        },
        renderHTML: (attrs) => ({ 'data-kind': String(attrs.kind) })
      }
    }
  },

  parseHTML() {
    return [{ tag: 'div[data-live-block]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'div',
      mergeAttributes(HTMLAttributes, { 'data-live-block': '', class: 'live-block' }),
      node.attrs.kind === 'sources' ? 'Sources' : 'Timeline'
    ]
  },

  renderText({ node }) {
    return node.attrs.kind === 'sources' ? '[Sources]' : '[Timeline]'
  },

  addNodeView() {
    return ReactNodeViewRenderer(LiveBlockView, { className: 'live-block-node' })
  },

  addCommands() {
    return {
      insertLiveBlock:
        (kind) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { kind } })
    }
  }
})
