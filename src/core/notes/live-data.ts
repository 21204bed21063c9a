import type { AnchorStatus } from '../../shared/model/anchor'
import type { AnnotationRecord } from '../../shared/model/annotation'
import type { EventContext, EventRecord } from '../../shared/model/event'
import { describeGrade, formatGrade } from '../grading/admiralty'

/**
 * Plain rows the note editor's live nodes draw. The notes pane builds them from the database
 * (with the functions below) and hands them to the editor through its lookups, so the editor never
 * reads records itself. All text is plain text.
 */

/** What a cited quote shows of its live annotation. */
export interface CitedAnnotation {
  quote: string
  /** "B2", or null when the annotation is not graded. */
  grade: string | null
  status: AnchorStatus
}

/** What an event card shows. */
export interface EventCardData {
  /** "Explosions/Remote violence — Air/drone strike". */
  title: string
  dateLabel: string
  place: string
  actors: string
  /** "12 (dozens)", or '' when unknown. */
  fatalities: string
  grade: string | null
  context: EventContext
}

/** One line of a timeline block. */
export interface TimelineRow {
  eventId: string
  /** Sort key: YYYY-MM-DD. */
  date: string
  dateLabel: string
  summary: string
  place: string
  context: EventContext
}

/** One line of a sources block. */
export interface SourceRow {
  /** The annotation's or event's id. */
  id: string
  kind: 'annotation' | 'event'
  source: string
  grade: string | null
  /** "B2 — usually reliable, probably true", or "Not graded". */
  gradeLabel: string
  /** The quoted passage, or the event's one-line summary. */
  detail: string
  status: AnchorStatus | null
}

function dateLabel(event: EventRecord): string {
  if (event.timePrecision === 3) return event.eventDate.slice(0, 7)
  if (event.timePrecision === 2) return `week of ${event.eventDate}`
  return event.eventDate
}

function eventTitle(event: EventRecord): string {
  const parts = [event.eventType, event.subEventType].filter((p) => p !== '')
  return parts.length > 0 ? parts.join(' — ') : 'Untyped event'
}

function eventPlace(event: EventRecord): string {
  return [event.location, event.admin1, event.countryCode].filter((p) => p !== '').join(', ')
}

function eventActors(event: EventRecord): string {
  const names = [event.actor1, event.actor2].flatMap((a) => (a ? [a.name] : []))
  return names.join(' · ')
}

/** The live part of a cited quote, from its annotation. */
export function citedAnnotationFrom(annotation: AnnotationRecord): CitedAnnotation {
  return {
    quote: annotation.selectors.quote.exact,
    grade: annotation.grade ? formatGrade(annotation.grade) : null,
    status: annotation.anchor.status
  }
}

/** An event card's summary. */
export function eventCardFrom(event: EventRecord): EventCardData {
  const fatalities =
    event.fatalities === null
      ? event.fatalitiesPhrase
      : event.fatalitiesPhrase !== '' && event.fatalitiesPhrase !== String(event.fatalities)
        ? `${event.fatalities} (${event.fatalitiesPhrase})`
        : String(event.fatalities)
  return {
    title: eventTitle(event),
    dateLabel: dateLabel(event),
    place: eventPlace(event),
    actors: eventActors(event),
    fatalities,
    grade: event.grade ? formatGrade(event.grade) : null,
    context: event.context
  }
}

/** Timeline rows in date order (undated events last, then by creation). */
export function timelineRowsFrom(events: readonly EventRecord[]): TimelineRow[] {
  return [...events]
    .sort(
      (a, b) =>
        (a.eventDate || '9999').localeCompare(b.eventDate || '9999') ||
        a.createdAt.localeCompare(b.createdAt)
    )
    .map((event) => ({
      eventId: event.id,
      date: event.eventDate,
      dateLabel: event.eventDate === '' ? 'undated' : dateLabel(event),
      summary: [eventTitle(event), eventActors(event)].filter((p) => p !== '').join(': '),
      place: eventPlace(event),
      context: event.context
    }))
}

function gradeOrder(grade: string | null): string {
  return grade ?? 'Z9'
}

/**
 * Sources rows: graded annotations (with the article's name as source) and events that name a
 * source, best grade first. Ungraded annotations are left out: they are evidence, not sources.
 */
export function sourceRowsFrom(input: {
  annotations: readonly AnnotationRecord[]
  events: readonly EventRecord[]
  articleTitle: (articleId: string) => string
}): SourceRow[] {
  const fromAnnotations: SourceRow[] = input.annotations
    .filter((a) => a.grade !== null)
    .map((a) => ({
      id: a.id,
      kind: 'annotation',
      source: input.articleTitle(a.articleId),
      grade: a.grade ? formatGrade(a.grade) : null,
      gradeLabel: a.grade ? describeGrade(a.grade) : 'Not graded',
      detail: a.selectors.quote.exact,
      status: a.anchor.status
    }))
  const fromEvents: SourceRow[] = input.events
    .filter((e) => e.sourceName.trim() !== '')
    .map((e) => ({
      id: e.id,
      kind: 'event',
      source: e.sourceName,
      grade: e.grade ? formatGrade(e.grade) : null,
      gradeLabel: e.grade ? describeGrade(e.grade) : 'Not graded',
      detail: `${dateLabel(e)}: ${eventTitle(e)}`,
      status: null
    }))
  return [...fromAnnotations, ...fromEvents].sort(
    (a, b) =>
      gradeOrder(a.grade).localeCompare(gradeOrder(b.grade)) || a.source.localeCompare(b.source)
  )
}
