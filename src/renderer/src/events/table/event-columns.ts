import { EVENT_FIELD_TABLE } from '@core/events'
import type { EventActor, EventRecord } from '@shared/model/event'

export type ColumnKey =
  'eventDate' | 'type' | 'actor1' | 'actor2' | 'country' | 'location' | 'fatalities' | 'context'

const PRECISION_MARK = { 1: '', 2: ' (week)', 3: ' (month)' } as const

const actorName = (a: EventActor | null): string => a?.name ?? ''

/** The table's columns: header, the text shown, and the sort key. */
export const COLUMNS: {
  key: ColumnKey
  header: string
  text: (e: EventRecord) => string
  sort: (e: EventRecord) => string | number
}[] = [
  {
    key: 'eventDate',
    header: 'Date',
    text: (e) => (e.eventDate ? e.eventDate + PRECISION_MARK[e.timePrecision] : '—'),
    sort: (e) => e.eventDate || '9999'
  },
  {
    key: 'type',
    header: 'Type',
    text: (e) => e.subEventType || e.eventType || '—',
    sort: (e) => `${e.eventType}/${e.subEventType}`
  },
  {
    key: 'actor1',
    header: EVENT_FIELD_TABLE.actor1.label,
    text: (e) => actorName(e.actor1) || '—',
    sort: (e) => actorName(e.actor1).toLowerCase()
  },
  {
    key: 'actor2',
    header: EVENT_FIELD_TABLE.actor2.label,
    text: (e) => actorName(e.actor2) || '—',
    sort: (e) => actorName(e.actor2).toLowerCase()
  },
  {
    key: 'country',
    header: EVENT_FIELD_TABLE.countryCode.label,
    text: (e) => e.countryCode || '—',
    sort: (e) => e.countryCode
  },
  {
    key: 'location',
    header: EVENT_FIELD_TABLE.location.label,
    text: (e) => e.location || e.admin1 || '—',
    sort: (e) => (e.location || e.admin1).toLowerCase()
  },
  {
    key: 'fatalities',
    header: EVENT_FIELD_TABLE.fatalities.label,
    text: (e) => (e.fatalities === null ? '—' : String(e.fatalities)),
    sort: (e) => e.fatalities ?? -1
  },
  {
    key: 'context',
    header: EVENT_FIELD_TABLE.context.label,
    text: (e) => e.context,
    sort: (e) => e.context
  }
]

/** Whether an event matches the table's text filter (any shown field, notes and tags). */
export function matchesFilter(e: EventRecord, needle: string): boolean {
  if (!needle) return true
  const hay = [
    ...COLUMNS.map((c) => c.text(e)),
    e.eventType,
    e.notes,
    e.admin1,
    actorName(e.assocActor1),
    actorName(e.assocActor2),
    ...e.tags
  ]
    .join(' ')
    .toLowerCase()
  return hay.includes(needle.toLowerCase())
}
