import type { EventField } from '../../shared/model/event'

/** Readable names of the fields, used in messages and by the UI next to coding issues. */
export const EVENT_FIELD_LABELS = {
  eventType: 'Event type',
  actor1: 'Actor 1',
  assocActor1: 'Associated actor 1',
  actor2: 'Actor 2',
  assocActor2: 'Associated actor 2',
  country: 'Country',
  location: 'Location',
  eventDate: 'Event date',
  fatalities: 'Fatalities',
  context: 'Context'
} as const satisfies Record<EventField, string>

/** The fields that can cite evidence, in form order. */
export const EVENT_FIELDS = Object.keys(EVENT_FIELD_LABELS) as EventField[]
