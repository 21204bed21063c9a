import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import type { ReactNode } from 'react'
import { ALWAYS_READY } from '../live/note-lookups'
import { useLiveValue } from '../live/useLiveValue'
import type { EventCardOptions } from './event-card'
import { Icon } from '../../../ui/Icon'

const NONE = (): undefined => undefined

/** A live summary of an event; marked when the event was deleted (and with which article). */
export function EventCardView({ node, extension, selected }: ReactNodeViewProps): ReactNode {
  const { lookups, onOpenEvent } = extension.options as EventCardOptions
  const eventId = String(node.attrs.eventId ?? '')
  const event = useLiveValue(lookups.subscribe, lookups.getEvent, eventId)
  const ready = useLiveValue(lookups.subscribe, lookups.isReady ?? ALWAYS_READY, undefined)
  const deletedWith = useLiveValue(lookups.subscribe, lookups.getDeletedArticle ?? NONE, eventId)
  const className = `event-card${event ? '' : ' event-card--deleted'}${selected ? ' is-selected' : ''}`
  if (!event && !ready)
    return (
      <NodeViewWrapper className="event-card" data-event-id={eventId} contentEditable={false}>
        Loading event…
      </NodeViewWrapper>
    )
  if (!event)
    return (
      <NodeViewWrapper className={className} data-event-id={eventId} contentEditable={false}>
        <span className="event-card-flag">
          <Icon name="warning" />
        </span>{' '}
        {deletedWith === undefined
          ? 'This event was deleted.'
          : `This event went with its article “${deletedWith}”, which was deleted.`}
      </NodeViewWrapper>
    )
  const details = [event.dateLabel, event.place, event.actors].filter((d) => d !== '')
  return (
    <NodeViewWrapper className={className} data-event-id={eventId} contentEditable={false}>
      <button type="button" className="event-card-title" onClick={() => onOpenEvent(eventId)}>
        {event.title}
      </button>
      {event.context !== 'current' && <span className="event-card-context">{event.context}</span>}
      {event.grade && (
        <span className="event-card-grade" title={`Grade ${event.grade}`}>
          {event.grade}
        </span>
      )}
      <div className="event-card-details">{details.join(' · ')}</div>
      {event.fatalities !== '' && (
        <div className="event-card-details">Fatalities: {event.fatalities}</div>
      )}
    </NodeViewWrapper>
  )
}
