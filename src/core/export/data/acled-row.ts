import type { EventRecord } from '../../../shared/model/event'
import { disorderType, interaction } from '../../events/acled-codebook'
import { isRealDate } from '../../events/event-date'
import type { AcledColumn } from './acled-csv-columns'
import { civilianTargeting } from './civilian-targeting'
import { countryInfo } from './country-info'

/** One event in ACLED's columns; null where the workbench has no value (an empty cell). */
export type AcledRow = Record<AcledColumn, string | number | null>

const text = (value: string | undefined | null): string | null => (value ? value : null)

/**
 * `event_id_cnty`: ACLED's is a country acronym plus a number. Ours is the ISO alpha-3 code, a
 * hyphen and the workbench's own event id (a UUID), so it is unique, never changes between
 * exports, and leads back to the record (`workbench://article/…#event=<id>`). No country: the id.
 */
export function acledEventId(event: EventRecord): string {
  return event.countryCode ? `${event.countryCode.toUpperCase()}-${event.id}` : event.id
}

/**
 * The notes with the source's own words for the death toll appended (domain notes: keep "several"
 * in the notes), unless the notes already quote them.
 */
export function notesWithFatalitiesPhrase(event: EventRecord): string {
  const phrase = event.fatalitiesPhrase.trim()
  if (phrase === '' || event.notes.toLowerCase().includes(phrase.toLowerCase())) return event.notes
  const tail = `[fatalities reported as: ${phrase}]`
  return event.notes.trim() === '' ? tail : `${event.notes.trimEnd()} ${tail}`
}

/** Unix seconds of an ISO timestamp (ACLED's `timestamp` is the last change); null if unreadable. */
function unixSeconds(iso: string): number | null {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? null : Math.floor(ms / 1000)
}

/**
 * The ACLED columns of one event. `event_date` is YYYY-MM-DD, as ACLED's API writes it (its
 * spreadsheet downloads use "03 May 2024"; ISO sorts and parses everywhere). For week and month
 * precision it is the stored first day of that week or month: read it with `time_precision`.
 * `fatalities` is empty when unknown — ACLED writes 0 there, which would read as "nobody died".
 * `inter1`/`inter2`/`interaction` are the numeric codes of the codebook (`inter2` 0 with no second
 * actor, as ACLED writes it). The workbench codes one
 * admin level, so `admin2`/`admin3` stay empty, as does `source_scale`.
 */
export function acledRow(event: EventRecord): AcledRow {
  const country = event.countryCode ? countryInfo(event.countryCode) : null
  const inter1 = event.actor1?.inter ?? null
  const inter2 = event.actor2?.inter ?? null
  // ACLED writes inter2 0 for an event with no second actor (a protest, a lone attack), as its
  // codebook says, and counts the interaction from actor 1 alone (60, 20…); an actor whose type
  // is not coded stays empty rather than posing as "no actor".
  const inter2Cell = event.actor2 ? inter2 : 0
  return {
    event_id_cnty: acledEventId(event),
    event_date: text(event.eventDate),
    year: isRealDate(event.eventDate) ? Number(event.eventDate.slice(0, 4)) : null,
    time_precision: event.timePrecision,
    disorder_type: disorderType(event.eventType, event.subEventType),
    event_type: text(event.eventType),
    sub_event_type: text(event.subEventType),
    actor1: text(event.actor1?.name),
    assoc_actor_1: text(event.assocActor1?.name),
    inter1,
    actor2: text(event.actor2?.name),
    assoc_actor_2: text(event.assocActor2?.name),
    inter2: inter2Cell,
    interaction: interaction(inter1, inter2),
    civilian_targeting: text(civilianTargeting(event)),
    iso: country?.numeric ?? null,
    region: text(country?.acledRegion),
    country: text(country?.name ?? event.countryCode),
    admin1: text(event.admin1),
    admin2: null,
    admin3: null,
    location: text(event.location),
    latitude: event.latitude,
    longitude: event.longitude,
    geo_precision: event.geoPrecision,
    source: text(event.sourceName),
    source_scale: null,
    notes: text(notesWithFatalitiesPhrase(event)),
    fatalities: event.fatalities,
    tags: text(event.tags.join('; ')),
    timestamp: unixSeconds(event.updatedAt)
  }
}
