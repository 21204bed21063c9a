// What the review of suggested events shows for each proposal: every proposed value with the
// words it was read from and how sure the engine is, and the candidates of the fields it left
// empty for the analyst to choose from.
import { EVENT_FIELD_LABELS } from '../events'
import type { EventSuggestion, SuggestedValue } from '../suggest/event-suggestion'
import type { CandidateField } from './event-from-suggestion'

export interface ShownValue {
  label: string
  value: string
  /** The words of the article the value was read from; '' when there are none. */
  words: string
  /** 0..1 when the engine said. */
  confidence?: number
}

export interface CandidateOffer {
  field: CandidateField
  label: string
  options: ShownValue[]
}

const CANDIDATE_FIELDS: CandidateField[] = [
  'actor1',
  'actor2',
  'country',
  'location',
  'eventDate',
  'fatalities'
]

const PRECISION = { 1: '', 2: ' (week)', 3: ' (month)' } as const

/** The value as the analyst reads it, for any field a suggestion proposes. */
function describe(field: string, v: SuggestedValue<unknown>): string {
  const value = v.value as Record<string, unknown> & { name?: string }
  switch (field) {
    case 'actor1':
    case 'assocActor1':
    case 'actor2':
    case 'assocActor2':
      return String(value.name)
    case 'location':
      // A place the report names that the gazetteer lacks: said, so no one takes it as mapped.
      return value['latitude'] === null
        ? `${String(value.name)} (not in the gazetteer: no coordinates)`
        : String(value.name)
    case 'country':
      return `${String(value.name)} (${String(value['code'])})`
    case 'eventDate':
      return `${String(value['date'])}${PRECISION[value['precision'] as 1 | 2 | 3] ?? ''}`
    case 'fatalities': {
      const count = String(value['count'])
      const phrase = String(value['phrase'] ?? '')
      return phrase && phrase !== count ? `${count} (“${phrase}”)` : count
    }
    case 'ontologyCode':
      return `${String(value['ontology'])} ${String(value['code'])}: ${String(value['label'])}`
    default:
      return String(v.value)
  }
}

const shown = (field: string, label: string, v: SuggestedValue<unknown>): ShownValue => ({
  label,
  value: describe(field, v),
  words: v.end > v.start ? v.words : '',
  ...(v.confidence === undefined ? {} : { confidence: v.confidence })
})

const LABELS: [keyof EventSuggestion, string][] = [
  ['eventType', EVENT_FIELD_LABELS.eventType],
  ['subEventType', 'Sub-event type'],
  ['actor1', EVENT_FIELD_LABELS.actor1],
  ['assocActor1', EVENT_FIELD_LABELS.assocActor1],
  ['actor2', EVENT_FIELD_LABELS.actor2],
  ['assocActor2', EVENT_FIELD_LABELS.assocActor2],
  ['country', EVENT_FIELD_LABELS.country],
  ['admin1', 'Admin1'],
  ['location', EVENT_FIELD_LABELS.location],
  ['eventDate', EVENT_FIELD_LABELS.eventDate],
  ['fatalities', EVENT_FIELD_LABELS.fatalities],
  ['context', EVENT_FIELD_LABELS.context]
]

/**
 * The values the suggestion fills in, in form order, each with its words and confidence; a field
 * the analyst chose a candidate for shows that candidate. A current context is not news.
 */
export function proposedValues(
  s: EventSuggestion,
  chosen: Partial<Record<CandidateField, number>> = {}
): ShownValue[] {
  const out: ShownValue[] = []
  for (const [field, label] of LABELS) {
    const pick = chosen[field as CandidateField]
    const v =
      pick === undefined
        ? (s[field] as SuggestedValue<unknown> | undefined)
        : s.candidates?.[field as CandidateField]?.[pick]
    if (!v || (field === 'context' && v.value === 'current')) continue
    out.push(shown(field, label, v))
  }
  return out
}

/** For each field with candidates, the choices offered (best first), with words and confidence. */
export function candidateOffers(s: EventSuggestion): CandidateOffer[] {
  return CANDIDATE_FIELDS.flatMap((field) => {
    const list = s.candidates?.[field] ?? []
    const label = EVENT_FIELD_LABELS[field]
    return list.length
      ? [
          {
            field,
            label,
            options: list.map((v) => shown(field, label, v as SuggestedValue<unknown>))
          }
        ]
      : []
  })
}

/** "83 %" for the review; '' when the engine gave no confidence. */
export const formatConfidence = (c: number | undefined): string =>
  c === undefined ? '' : `${Math.round(Math.min(1, Math.max(0, c)) * 100)} %`
