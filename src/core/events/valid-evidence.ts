// A cited passage supports one value of one field: "from 'U.S.'" says nothing about "Unidentified
// Armed Group (Iraq)". Each citation stores the value it was made for, and is dropped (in the form,
// on save, in every export) as soon as the field holds another value.
import type { EventField, EventRecord, Evidence } from '../../shared/model/event'
import { EVENT_FIELDS } from './event-field-labels'

/** Case and spacing do not change what a name refers to. */
const canonical = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase()

/**
 * The field's value as one canonical string ('' when the field is empty): what a citation made
 * now is a citation for. Covers what the cited words support: the event type with its sub-type,
 * the date with its precision; not what is derived or judged (coordinates, actor categories).
 */
export function citationKey(event: EventRecord, field: EventField): string {
  switch (field) {
    case 'eventType':
      return event.eventType === '' ? '' : `${event.eventType}|${event.subEventType}`
    case 'actor1':
    case 'assocActor1':
    case 'actor2':
    case 'assocActor2':
      return canonical(event[field]?.name ?? '')
    case 'country':
      return event.countryCode.trim().toUpperCase()
    case 'location':
      return canonical(event.location)
    case 'eventDate':
      return event.eventDate === '' ? '' : `${event.eventDate}|${event.timePrecision}`
    case 'fatalities':
      return event.fatalities === null ? '' : String(event.fatalities)
    case 'context':
      return event.context
  }
}

/** True when the field has a value a passage can be cited for. */
export const hasCitableValue = (event: EventRecord, field: EventField): boolean =>
  citationKey(event, field) !== ''

/** True when the citation still belongs to the field's value (legacy citations always do). */
export function citationHolds(event: EventRecord, field: EventField, ev: Evidence): boolean {
  return ev.citedValue === undefined || ev.citedValue === citationKey(event, field)
}

/**
 * The event with only the citations that belong to its current values. Citations saved before
 * values were stored with them are kept: nothing says they went stale (see `stampEvidence`).
 * Returns the same object when nothing is dropped.
 */
export function validEvidence(event: EventRecord): EventRecord {
  let evidence: EventRecord['evidence'] | null = null
  for (const field of EVENT_FIELDS) {
    const ev = event.evidence[field]
    if (!ev || citationHolds(event, field, ev)) continue
    evidence ??= { ...event.evidence }
    delete evidence[field]
  }
  return evidence ? { ...event, evidence } : event
}

/**
 * Gives legacy citations (no stored value) the field's current value, so that the next change
 * of that field drops them. Call it when an edit starts, before any value changes.
 */
export function stampEvidence(event: EventRecord): EventRecord {
  let evidence: EventRecord['evidence'] | null = null
  for (const field of EVENT_FIELDS) {
    const ev = event.evidence[field]
    if (!ev || ev.citedValue !== undefined) continue
    evidence ??= { ...event.evidence }
    evidence[field] = { ...ev, citedValue: citationKey(event, field) }
  }
  return evidence ? { ...event, evidence } : event
}

/** The event after `patch`, with the citations of the values it changed dropped. */
export function editEvent(event: EventRecord, patch: Partial<EventRecord>): EventRecord {
  return validEvidence({ ...stampEvidence(event), ...patch })
}

/** The event citing `evidence` for `field`, for the value the field holds now. */
export function withCitation(
  event: EventRecord,
  field: EventField,
  evidence: Evidence
): EventRecord {
  return {
    ...event,
    evidence: { ...event.evidence, [field]: { ...evidence, citedValue: citationKey(event, field) } }
  }
}
