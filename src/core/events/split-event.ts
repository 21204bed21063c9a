// ACLED events are atomic per day and location: strikes in Iraq and in Syria on the same day are
// two events, as are strikes in one town on two days. Splitting turns one draft into those events.
import type { EventActor, EventRecord, Evidence, TimePrecision } from '../../shared/model/event'
import { validEvidence } from './valid-evidence'
import { datePeriod, formatEventDate, isRealDate } from './event-date'
import { countNoun } from '../text/count-noun'

/** What differs between the parts of a split; everything else is copied from the original. */
export interface SplitPart {
  countryCode?: string
  admin1?: string
  location?: string
  latitude?: number | null
  longitude?: number | null
  eventDate?: string
  timePrecision?: TimePrecision
}

export interface SplitOptions {
  /**
   * `divide` (default): spread the total evenly over the parts, the remainder on the first ones,
   * as ACLED does for a figure reported for several events together; `copy`: keep it on each.
   */
  fatalities?: 'divide' | 'copy'
}

const copyActor = (a: EventActor | null): EventActor | null => (a === null ? null : { ...a })

function copyEvidence(evidence: Evidence): Evidence {
  const { quote, position, textHash } = evidence.selectors
  return {
    selectors: { quote: { ...quote }, position: { ...position }, textHash },
    anchor: { ...evidence.anchor },
    ...(evidence.citedValue === undefined ? {} : { citedValue: evidence.citedValue })
  }
}

function shareOf(
  total: number | null,
  index: number,
  count: number,
  mode: 'divide' | 'copy'
): number | null {
  if (total === null || mode === 'copy') return total
  return Math.floor(total / count) + (index < total % count ? 1 : 0)
}

/** One event built from `event` and one part, with a fresh id and timestamps. */
function buildPart(event: EventRecord, part: SplitPart, id: string, stamp: string): EventRecord {
  const movedCountry = part.countryCode !== undefined && part.countryCode !== event.countryCode
  const hasCoordinates = 'latitude' in part || 'longitude' in part
  // A place in the original country is wrong for another country, so it is cleared, not copied.
  const admin1 = part.admin1 ?? (movedCountry ? '' : event.admin1)
  const location = part.location ?? (movedCountry ? '' : event.location)
  const evidence: EventRecord['evidence'] = {}
  for (const [field, ev] of Object.entries(event.evidence) as [
    keyof EventRecord['evidence'],
    Evidence
  ][]) {
    // A passage cited for the old value does not support a part's different one: "in Iraq" is no
    // evidence for the Syrian part, nor "on Monday" for Tuesday's.
    if (field === 'location' && location !== event.location) continue
    if (field === 'country' && movedCountry) continue
    if (field === 'eventDate' && (part.eventDate ?? event.eventDate) !== event.eventDate) continue
    evidence[field] = copyEvidence(ev)
  }
  // A citation made for the original's country, date or toll is dropped from a part holding another.
  return validEvidence({
    ...event,
    id,
    createdAt: stamp,
    updatedAt: stamp,
    actor1: copyActor(event.actor1),
    assocActor1: copyActor(event.assocActor1),
    actor2: copyActor(event.actor2),
    assocActor2: copyActor(event.assocActor2),
    countryCode: part.countryCode ?? event.countryCode,
    admin1,
    location,
    latitude: hasCoordinates ? (part.latitude ?? null) : movedCountry ? null : event.latitude,
    longitude: hasCoordinates ? (part.longitude ?? null) : movedCountry ? null : event.longitude,
    // Only the country is known until the analyst gives the place: ACLED's precision 3.
    geoPrecision: movedCountry && location === '' ? 3 : event.geoPrecision,
    eventDate: part.eventDate ?? event.eventDate,
    timePrecision: part.timePrecision ?? event.timePrecision,
    grade: event.grade === null ? null : { ...event.grade },
    tags: [...event.tags],
    ontologyCode: event.ontologyCode === null ? null : { ...event.ontologyCode },
    evidence
  })
}

/**
 * One event per part, each a full copy of `event` (actors, evidence, grade, notes…) with the part's
 * place and date, a fresh id and `now` as creation time. Moving to another country clears the
 * admin1, location and coordinates the part does not give (nothing is guessed: no centroid, no
 * country name as a place) and sets geo precision 3. The original is not changed or deleted.
 */
export function splitEvent(
  event: EventRecord,
  parts: readonly SplitPart[],
  newId: () => string,
  now: Date,
  options: SplitOptions = {}
): EventRecord[] {
  if (parts.length === 0) throw new RangeError('splitEvent needs at least one part')
  for (const part of parts) {
    if (part.eventDate !== undefined && !isRealDate(part.eventDate)) {
      throw new RangeError(`not a real YYYY-MM-DD date: "${part.eventDate}"`)
    }
  }
  const stamp = now.toISOString()
  const mode = options.fatalities ?? 'divide'
  return parts.map((part, i) => ({
    ...buildPart(event, part, newId(), stamp),
    fatalities: shareOf(event.fatalities, i, parts.length, mode)
  }))
}

/** The countries and dates a passage names, as the extractors report them. */
export interface PassageMentions {
  countries: { code: string; name: string }[]
  dates: { date: string; precision: TimePrecision }[]
}

/** Whether to split, into which parts (one per country × day), and the question to ask. */
export interface SplitProposal {
  shouldSplit: boolean
  parts: SplitPart[]
  /** The question for the analyst; '' when there is nothing to split. */
  message: string
}

/** "Iraq", "Iraq and Syria", "Iraq, Syria and Lebanon". */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`
}

/**
 * Distinct real dates, earliest first; a vaguer mention ("in May") is dropped when a more precise
 * one falls inside it ("on 3 May"), as both most likely describe the same day. Month mentions are
 * moved to the first of the month, as stored events are.
 */
function distinctDates(
  dates: PassageMentions['dates']
): { date: string; precision: TimePrecision }[] {
  const real = dates
    .filter((d) => isRealDate(d.date))
    .map((d) => ({
      date: d.precision === 3 ? `${d.date.slice(0, 8)}01` : d.date,
      precision: d.precision
    }))
  const unique = real.filter(
    (d, i) => real.findIndex((e) => e.date === d.date && e.precision === d.precision) === i
  )
  const kept = unique.filter((d) => {
    const p = datePeriod(d.date, d.precision)
    return !unique.some((e) => {
      if (e.precision >= d.precision) return false
      const q = datePeriod(e.date, e.precision)
      return q.first >= p.first && q.last <= p.last
    })
  })
  return kept.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.precision - b.precision
  )
}

/** Proposes one event per country and day named in a passage, with the question to ask. */
export function splitProposal(mentions: PassageMentions): SplitProposal {
  const countries = mentions.countries.filter(
    (c, i) => mentions.countries.findIndex((d) => d.code === c.code) === i
  )
  const dates = distinctDates(mentions.dates)
  const countryParts: SplitPart[] =
    countries.length > 0 ? countries.map((c) => ({ countryCode: c.code })) : [{}]
  const dateParts: SplitPart[] =
    dates.length > 0 ? dates.map((d) => ({ eventDate: d.date, timePrecision: d.precision })) : [{}]
  const parts = countryParts.flatMap((c) => dateParts.map((d) => ({ ...c, ...d })))
  if (parts.length <= 1) return { shouldSplit: false, parts, message: '' }
  const named = [
    countries.length > 1 ? listInWords(countries.map((c) => c.name)) : '',
    dates.length > 1 ? listInWords(dates.map((d) => formatEventDate(d.date, d.precision))) : ''
  ].filter((s) => s !== '')
  return {
    shouldSplit: true,
    parts,
    message:
      `This passage names ${named.join(', and ')}: ACLED codes one event per country and day. ` +
      `Split into ${countNoun(parts.length, 'event')}?`
  }
}
