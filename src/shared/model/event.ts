import type { AnchorSelectors } from './anchor'
import type { StoredAnchor } from './annotation'
import type { AdmiraltyGrade } from './grade'

/** ACLED's six event types. Sub-types are listed with them in src/core/events/acled-codebook.ts. */
export type AcledEventType =
  | 'Battles'
  | 'Explosions/Remote violence'
  | 'Violence against civilians'
  | 'Protests'
  | 'Riots'
  | 'Strategic developments'

/**
 * ACLED actor category ("inter" code): 1 State forces, 2 Rebel groups, 3 Political militias,
 * 4 Identity militias, 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other forces.
 */
export type InterCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8

/** PLOVER's mention contexts, plus `current` for the event the report is about. */
export type EventContext = 'current' | 'historical' | 'future' | 'hypothetical' | 'negated'

/** 1 the day is known, 2 only the week, 3 only the month. */
export type TimePrecision = 1 | 2 | 3
/** 1 the place itself, 2 near it or part of a region, 3 only the province. */
export type GeoPrecision = 1 | 2 | 3

/** An actor as coded on an event: the name used, the registry entry if any, and its category. */
export interface EventActor {
  name: string
  actorId: string | null
  inter: InterCode | null
}

/** A passage of the article cited for one field; anchored and re-anchored like an annotation. */
export interface Evidence {
  selectors: AnchorSelectors
  anchor: StoredAnchor
  /**
   * The field's value when the passage was cited (`citationKey` in src/core/events): a citation
   * only holds while the field keeps that value. Absent on evidence saved before it existed.
   */
  citedValue?: string
}

/** Fields of an event that can cite evidence. */
export type EventField =
  | 'eventType'
  | 'actor1'
  | 'assocActor1'
  | 'actor2'
  | 'assocActor2'
  | 'country'
  | 'location'
  | 'eventDate'
  | 'fatalities'
  | 'context'

export interface OntologyCode {
  ontology: 'CAMEO' | 'PLOVER'
  version: string
  code: string
  label: string
}

/** One event, atomic per day and location, coded after the ACLED codebook. */
export interface EventRecord {
  id: string
  articleId: string
  createdAt: string
  updatedAt: string
  eventType: AcledEventType | ''
  subEventType: string
  actor1: EventActor | null
  assocActor1: EventActor | null
  actor2: EventActor | null
  assocActor2: EventActor | null
  /** ISO 3166-1 alpha-3 code (ACLED's `iso` is numeric; alpha-3 is derived for exports). */
  countryCode: string
  admin1: string
  location: string
  latitude: number | null
  longitude: number | null
  geoPrecision: GeoPrecision
  /** YYYY-MM-DD; for week and month precision, the first day of that week or month. */
  eventDate: string
  timePrecision: TimePrecision
  /** The figure coded (most conservative), null when unknown. */
  fatalities: number | null
  /** The source's own words for it, e.g. "several". */
  fatalitiesPhrase: string
  sourceName: string
  grade: AdmiraltyGrade | null
  notes: string
  tags: string[]
  context: EventContext
  ontologyCode: OntologyCode | null
  evidence: Partial<Record<EventField, Evidence>>
}

/** An actor in the registry shared by every article. */
export interface ActorRecord {
  id: string
  name: string
  aliases: string[]
  category: InterCode | null
  /** ISO alpha-3 of the country an actor belongs to (a state's forces), '' for none. */
  countryCode: string
  notes: string
  createdAt: string
  updatedAt: string
}
