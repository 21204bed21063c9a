import { Node, mergeAttributes } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { EMPTY_LOOKUPS, type NoteLookups } from '../live/note-lookups'
import { EventCardView } from './EventCardView'

export interface EventCardOptions {
  lookups: Pick<NoteLookups, 'getEvent' | 'subscribe' | 'isReady' | 'getDeletedArticle'>
  /** Shows the event in the events pane. */
  onOpenEvent: (eventId: string) => void
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    eventCard: {
      /** Inserts a card for a coded event after the current block. */
      insertEventCard: (eventId: string) => ReturnType
    }
  }
}

/** A block atom showing a live summary of one coded event. */
export const EventCard = Node.create<EventCardOptions>({
  name: 'eventCard',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return { lookups: EMPTY_LOOKUPS, onOpenEvent: () => {} }
  },

  addAttributes() {
    return {
      eventId: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-event-id') ?? '',
        renderHTML: (attrs) => ({ 'data-event-id': String(attrs.eventId ?? '') })
      }
    }
  },

  parseHTML() {
    return [{ tag: 'div[data-event-card]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    // Static HTML has no access to the live event: exports fill the card in from their own data.
    return [
      'div',
      mergeAttributes(HTMLAttributes, { 'data-event-card': '', class: 'event-card' }),
      `Event ${String(node.attrs.eventId ?? '')}`
    ]
  },

  renderText({ node }) {
    return `[Event ${String(node.attrs.eventId ?? '')}]`
  },

  addNodeView() {
    return ReactNodeViewRenderer(EventCardView, { className: 'event-card-node' })
  },

  addCommands() {
    return {
      insertEventCard:
        (eventId) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { eventId } })
    }
  }
})
