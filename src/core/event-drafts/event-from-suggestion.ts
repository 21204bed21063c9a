import type { Anchorer } from '../anchoring'
import { emptyEvent, stampEvidence, withCitation } from '../events'
import type {
  CountryValue,
  DateValue,
  EventSuggestion,
  FatalitiesValue,
  FieldCandidates,
  LocationValue,
  SuggestedValue
} from '../suggest/event-suggestion'
import type { EventActor, Evidence, EventField, EventRecord } from '../../shared/model/event'
import { countNoun } from '../text/count-noun'

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

/** The fields a suggestion may leave empty and offer candidates for instead. */
export type CandidateField = keyof FieldCandidates

type CandidateValue<F extends CandidateField> = NonNullable<FieldCandidates[F]>[number]

/**
 * The draft with one proposed value of `field` filled in (no citation: see `eventFromSuggestion`
 * and `chooseCandidate`). A country fills the place only while none is set.
 */
export function applySuggested<F extends CandidateField>(
  draft: EventRecord,
  field: F,
  v: CandidateValue<F>
): EventRecord {
  const e = { ...draft }
  switch (field) {
    case 'actor1':
    case 'actor2':
      e[field as 'actor1' | 'actor2'] = { ...(v.value as EventActor) }
      break
    case 'country': {
      const c = v.value as CountryValue
      e.countryCode = c.code
      if (e.location === '') {
        e.latitude = c.latitude
        e.longitude = c.longitude
        // Only the country is known: ACLED's precision 3 (the province/country level).
        e.geoPrecision = 3
        e.location = c.name
      }
      break
    }
    case 'location': {
      const l = v.value as LocationValue
      e.location = l.name
      e.latitude = l.latitude
      e.longitude = l.longitude
      e.geoPrecision = l.geoPrecision
      if (l.admin1 && e.admin1 === '') e.admin1 = l.admin1
      break
    }
    case 'eventDate': {
      const d = v.value as DateValue
      e.eventDate = d.date
      e.timePrecision = d.precision
      break
    }
    case 'fatalities': {
      const f = v.value as FatalitiesValue
      e.fatalities = f.count
      e.fatalitiesPhrase = f.phrase
      if (e.notes === '') {
        if (f.split)
          e.notes = `Fatalities: the source reports ${f.split.total} across ${countNoun(f.split.parts, 'event')} (“${f.phrase}”).`
        else if (!/^\d+$/.test(f.phrase)) e.notes = `Fatalities reported as “${f.phrase}”.`
      }
      break
    }
  }
  return e
}

/**
 * Turns a suggestion into an event draft: every suggested value is filled in and cites the
 * words it came from. Nothing is invented: fields the suggestion lacks stay empty, and so do
 * fields it only offers candidates for (the analyst chooses one: `chooseCandidate`).
 */
export function eventFromSuggestion(
  s: EventSuggestion,
  articleId: string,
  anchorer: Anchorer,
  newId: () => string,
  now: Date
): EventRecord {
  let e = emptyEvent(articleId, newId, now)
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
    e = applySuggested(e, 'country', s.country)
    cite('country', s.country)
  }
  if (s.admin1) e.admin1 = s.admin1.value
  if (s.location) {
    e = applySuggested(e, 'location', s.location)
    cite('location', s.location)
  }
  if (s.eventDate) {
    e = applySuggested(e, 'eventDate', s.eventDate)
    cite('eventDate', s.eventDate)
  }
  if (s.fatalities) {
    e = applySuggested(e, 'fatalities', s.fatalities)
    cite('fatalities', s.fatalities)
  }
  e.context = s.context.value
  if (s.context.value !== 'current') cite('context', s.context)
  if (s.ontologyCode) e.ontologyCode = s.ontologyCode.value
  e.evidence = evidence
  // Each citation belongs to the value just filled in: changing that value will drop it.
  return stampEvidence(e)
}

/**
 * The draft with the analyst's choice among a field's candidates: the value is set and cites
 * the candidate's words, as a suggested value does. Unknown choices change nothing.
 */
export function chooseCandidate(
  draft: EventRecord,
  s: EventSuggestion,
  field: CandidateField,
  index: number,
  anchorer: Anchorer
): EventRecord {
  const v = s.candidates?.[field]?.[index]
  if (!v) return draft
  const e = applySuggested(draft, field, v)
  return v.end > v.start ? withCitation(e, field, evidenceFor(anchorer, v)) : e
}
