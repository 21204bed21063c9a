import type { Anchorer } from '../anchoring'
import { emptyEvent, stampEvidence } from '../events'
import type { EventSuggestion, SuggestedValue } from '../suggest/event-suggestion'
import type { Evidence, EventField, EventRecord } from '../../shared/model/event'

/** Cites the words a value came from, anchored exactly like an annotation. */
export function evidenceFor(anchorer: Anchorer, value: { start: number; end: number }): Evidence {
  const selectors = anchorer.describe(value.start, value.end)
  return {
    selectors,
    anchor: {
      start: value.start,
      end: value.end,
      status: 'exact',
      score: 1,
      textHash: selectors.textHash
    }
  }
}

/**
 * Turns a suggestion into an event draft: every suggested value is filled in and cites the
 * words it came from. Nothing is invented: fields the suggestion lacks stay empty.
 */
export function eventFromSuggestion(
  s: EventSuggestion,
  articleId: string,
  anchorer: Anchorer,
  newId: () => string,
  now: Date
): EventRecord {
  const e = emptyEvent(articleId, newId, now)
  const evidence: Partial<Record<EventField, Evidence>> = {}
  const cite = (field: EventField, v: SuggestedValue<unknown> | undefined): void => {
    if (v && v.end > v.start) evidence[field] = evidenceFor(anchorer, v)
  }
  if (s.eventType) {
    e.eventType = s.eventType.value
    cite('eventType', s.subEventType ?? s.eventType)
  }
  if (s.subEventType) e.subEventType = s.subEventType.value
  for (const field of ['actor1', 'assocActor1', 'actor2', 'assocActor2'] as const) {
    const v = s[field]
    if (v) {
      e[field] = v.value
      cite(field, v)
    }
  }
  if (s.country) {
    e.countryCode = s.country.value.code
    e.latitude = s.country.value.latitude
    e.longitude = s.country.value.longitude
    // Only the country is known: ACLED's precision 3 (the province/country level).
    e.geoPrecision = 3
    e.location = s.country.value.name
    cite('country', s.country)
  }
  if (s.admin1) e.admin1 = s.admin1.value
  if (s.location) {
    e.location = s.location.value.name
    e.latitude = s.location.value.latitude
    e.longitude = s.location.value.longitude
    e.geoPrecision = s.location.value.geoPrecision
    cite('location', s.location)
  }
  if (s.eventDate) {
    e.eventDate = s.eventDate.value.date
    e.timePrecision = s.eventDate.value.precision
    cite('eventDate', s.eventDate)
  }
  if (s.fatalities) {
    e.fatalities = s.fatalities.value.count
    e.fatalitiesPhrase = s.fatalities.value.phrase
    const split = s.fatalities.value.split
    if (split)
      e.notes = `Fatalities: the source reports ${split.total} across ${split.parts} events (“${s.fatalities.value.phrase}”).`
    else if (!/^\d+$/.test(s.fatalities.value.phrase))
      e.notes = `Fatalities reported as “${s.fatalities.value.phrase}”.`
    cite('fatalities', s.fatalities)
  }
  e.context = s.context.value
  if (s.context.value !== 'current') cite('context', s.context)
  if (s.ontologyCode) e.ontologyCode = s.ontologyCode.value
  e.evidence = evidence
  // Each citation belongs to the value just filled in: changing that value will drop it.
  return stampEvidence(e)
}
