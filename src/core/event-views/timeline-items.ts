import type { EventContext, EventRecord, TimePrecision } from '../../shared/model/event'
import { formatIsoDay, parseIsoDay, precisionSpan } from './event-dates'

/**
 * One event as a timeline draws it. Every text field is plain text (never HTML): a renderer that
 * writes HTML must escape it.
 *
 * - `kind: 'point'` for an event known to the day (`end` is null): a dot on its day.
 * - `kind: 'range'` for week or month precision: a bar over the whole span the event may fall in,
 *   from `start` to `end`, where `end` is EXCLUSIVE (the day after the span, i.e. midnight at the
 *   end of its last day), e.g. February 2024 is `2024-02-01` → `2024-03-01`.
 */
export interface TimelineItem {
  /** The event's id. */
  id: string
  start: string
  end: string | null
  kind: 'point' | 'range'
  /** `ev-item ev-precision-day|week|month`, plus `ev-context-<context>` when not `current`. */
  className: string
  /** Several lines (separated by `\n`): type, date and precision, actors, place, fatalities, context. */
  title: string
  /** Short text drawn on the item: the context label when not current, the type and actor 1. */
  content: string
  /** True for a `historical` mention (an earlier event cited by the report). */
  historical: boolean
  context: EventContext
  precision: TimePrecision
  /** The date as a reader should see it: `2024-02-05`, `week of 2024-02-05`, `2024-02`. */
  dateLabel: string
  /** One line for a list or a screen reader: date, content, both actors, place. */
  accessibleLabel: string
}

/** The words used in items; pass a translation or the app's own wording. */
export interface TimelineLabels {
  historical: string
  future: string
  hypothetical: string
  negated: string
  /** Before a week's first day: "week of 2024-02-05". */
  weekOf: string
  /** Text for an event with neither a type nor a sub-type. */
  untyped: string
  /** Shown instead of an actor's name when actor 1 is missing. */
  unknownActor: string
  /** Precision descriptions used in the title. */
  dayKnown: string
  weekKnown: string
  monthKnown: string
  fatalities: string
  /** Mentions that are not the current event, in the title. */
  mention: string
}

export const DEFAULT_TIMELINE_LABELS: TimelineLabels = {
  historical: 'historical',
  future: 'future',
  hypothetical: 'hypothetical',
  negated: 'negated',
  weekOf: 'week of',
  untyped: 'Event',
  unknownActor: 'unknown actor',
  dayKnown: 'day known',
  weekKnown: 'only the week known',
  monthKnown: 'only the month known',
  fatalities: 'Fatalities',
  mention: 'mention'
}

export interface TimelineItemsResult {
  /** Sorted by start, then id. */
  items: TimelineItem[]
  /** Events left out because `eventDate` is empty or not a real `YYYY-MM-DD` day. */
  undated: number
  undatedIds: string[]
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const PRECISION_NAMES = { 1: 'day', 2: 'week', 3: 'month' } as const

function contextLabel(context: EventContext, labels: TimelineLabels): string | null {
  return context === 'current' ? null : labels[context]
}

/** Maps events to timeline items; events without a usable date are excluded and counted. */
export function timelineItems(
  events: readonly EventRecord[],
  labels: Partial<TimelineLabels> = {}
): TimelineItemsResult {
  const words: TimelineLabels = { ...DEFAULT_TIMELINE_LABELS, ...labels }
  const items: TimelineItem[] = []
  const undatedIds: string[] = []
  for (const event of events) {
    const day = parseIsoDay(event.eventDate ?? '')
    if (!day) {
      undatedIds.push(event.id)
      continue
    }
    const precision: TimePrecision =
      event.timePrecision === 2 || event.timePrecision === 3 ? event.timePrecision : 1
    // A day-precision event is a point: only week and month spans need their end.
    const span = precision === 1 ? null : precisionSpan(day, precision)
    const start = formatIsoDay(span ? span.start : day)
    const dateLabel =
      precision === 1 ? start : precision === 2 ? `${words.weekOf} ${start}` : start.slice(0, 7)
    const context: EventContext = event.context ?? 'current'
    const ctx = contextLabel(context, words)
    const type = event.subEventType.trim() || event.eventType || words.untyped
    const actor1 = event.actor1?.name.trim() || ''
    const actor2 = event.actor2?.name.trim() || ''
    const content = `${ctx ? `${ctx}: ` : ''}${type}${actor1 ? ` · ${actor1}` : ''}`
    const actors = [actor1 || words.unknownActor, actor2].filter(Boolean).join(' — ')
    const place = [event.location.trim(), event.admin1.trim(), event.countryCode.trim()]
      .filter(Boolean)
      .join(', ')
    const precisionText =
      precision === 1 ? words.dayKnown : precision === 2 ? words.weekKnown : words.monthKnown
    const typeLine =
      event.eventType && event.subEventType.trim() && event.subEventType.trim() !== event.eventType
        ? `${type} (${event.eventType})`
        : type
    const titleLines = [typeLine, `${dateLabel} (${precisionText})`, actors]
    if (place) titleLines.push(place)
    if (event.fatalities !== null || event.fatalitiesPhrase.trim()) {
      const phrase = event.fatalitiesPhrase.trim()
      const figure = event.fatalities === null ? '' : String(event.fatalities)
      titleLines.push(
        `${words.fatalities}: ${[figure, phrase && `(${phrase})`].filter(Boolean).join(' ')}`
      )
    }
    if (ctx) titleLines.push(`${ctx} ${words.mention}`)
    const classes = ['ev-item', `ev-precision-${PRECISION_NAMES[precision]}`]
    if (context !== 'current') classes.push(`ev-context-${context}`)
    items.push({
      id: event.id,
      start,
      end: span ? formatIsoDay(span.end) : null,
      kind: precision === 1 ? 'point' : 'range',
      className: classes.join(' '),
      title: titleLines.join('\n'),
      content,
      historical: context === 'historical',
      context,
      precision,
      dateLabel,
      accessibleLabel: [`${dateLabel}: ${ctx ? `${ctx}: ` : ''}${type}`, actors, place]
        .filter(Boolean)
        .join(', ')
    })
  }
  items.sort((a, b) => compare(a.start, b.start) || compare(a.id, b.id))
  return { items, undated: undatedIds.length, undatedIds }
}
