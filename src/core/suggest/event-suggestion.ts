// What the suggester proposes for one event: every value carries the words it came from, so the
// form can show them and the saved event can cite them as evidence.
import type {
  AcledEventType,
  EventActor,
  EventContext,
  GeoPrecision,
  OntologyCode,
  TimePrecision
} from '../../shared/model/event'

/** A span of the article's plain text (UTF-16 offsets, paragraphs joined by "\n\n"). */
export interface TextSpan {
  start: number
  end: number
}

/** A proposed value and the words (start/end into the article's plain text) it was read from. */
export interface SuggestedValue<T> {
  value: T
  start: number
  end: number
  words: string
  /** 0..1: how sure the engine is of this value; below the field's threshold it is only offered. */
  confidence?: number
}

export interface CountryValue {
  /** ISO 3166-1 alpha-3. */
  code: string
  name: string
  latitude: number
  longitude: number
}

export interface LocationValue {
  name: string
  /** Null where the place is named by the report but not in the gazetteer: nothing invented. */
  latitude: number | null
  longitude: number | null
  geoPrecision: GeoPrecision
  /** First-order administrative division (province, state), '' when unknown. */
  admin1?: string
}

export interface DateValue {
  /** YYYY-MM-DD; the Monday of the week for precision 2, the first of the month for 3. */
  date: string
  precision: TimePrecision
}

export interface FatalitiesValue {
  /** The figure to code: the most conservative reading (ACLED), and this event's share when one figure covers several events. */
  count: number
  /** The source's own words, e.g. "several"; kept for the notes. */
  phrase: string
  /** Set when one reported figure was divided between events (one per country or day). */
  split?: { total: number; parts: number }
}

export interface EventTypeValue {
  eventType: AcledEventType
  subEventType: string
}

/** Everything proposed for one event; absent fields were not found in the text. */
export interface EventSuggestion {
  eventType?: SuggestedValue<AcledEventType>
  subEventType?: SuggestedValue<string>
  /** CAMEO code for the trigger, with the ontology version it comes from. */
  ontologyCode?: SuggestedValue<OntologyCode>
  actor1?: SuggestedValue<EventActor>
  assocActor1?: SuggestedValue<EventActor>
  actor2?: SuggestedValue<EventActor>
  assocActor2?: SuggestedValue<EventActor>
  country?: SuggestedValue<CountryValue>
  admin1?: SuggestedValue<string>
  location?: SuggestedValue<LocationValue>
  eventDate?: SuggestedValue<DateValue>
  fatalities?: SuggestedValue<FatalitiesValue>
  context: SuggestedValue<EventContext>
  /** The sentence(s) the event was read from; the first one when mentions were merged. */
  passage: TextSpan
  /** Every sentence that mentions this event (duplicates merged into it). */
  passages: TextSpan[]
  /** Everything named in those sentences, for proposals to split an event. */
  mentions: {
    countries: { code: string; name: string }[]
    dates: DateValue[]
  }
  /** 0..1: how many of the key fields (type, actor, country, date) were found in the text itself. */
  confidence: number
  /**
   * Values read for a field but below its confidence threshold: the field is left empty and these
   * are offered to the analyst to confirm (best first). A field may have a value and alternatives.
   */
  candidates?: FieldCandidates
}

/** Offered values per field, each with the words it came from and its confidence. */
export interface FieldCandidates {
  actor1?: SuggestedValue<EventActor>[]
  actor2?: SuggestedValue<EventActor>[]
  country?: SuggestedValue<CountryValue>[]
  location?: SuggestedValue<LocationValue>[]
  eventDate?: SuggestedValue<DateValue>[]
  fatalities?: SuggestedValue<FatalitiesValue>[]
}
