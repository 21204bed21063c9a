// Likely duplicates: ACLED aggregates incidents of one day, place, type and actors into a single
// event, so a second record with those in common is most often the same event coded twice (from
// this article, or from another report of it). Each pair is scored and the reasons are spelled
// out, so the analyst can judge the pair instead of trusting a bare "duplicate?".
import type { EventActor, EventRecord } from '../../shared/model/event'
import type { CodingIssue } from './coding-issue'
import { formatEventDate, periodsOverlap } from './event-date'
import { foldName } from './fold-name'

/** Lower case, no accents, single spaces: "Al-Qa'im " and "al-qa'im" compare equal. */
export function normaliseName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Places this close (by coordinates) count as the same place for ACLED's one-event-per-place rule. */
export const NEARBY_KM = 25

function actorsOf(e: EventRecord): EventActor[] {
  return [e.actor1, e.assocActor1, e.actor2, e.assocActor2].filter(
    (a): a is EventActor => a !== null && a.name.trim() !== ''
  )
}

function sameActor(a: EventActor, b: EventActor): boolean {
  if (a.actorId !== null && a.actorId === b.actorId) return true
  return foldName(a.name) === foldName(b.name)
}

/**
 * The actors of `a` that `b` also names (by registry id or folded name, in any slot, since actor 1
 * and 2 do not say who attacked whom); null when either has no actor yet and so cannot differ.
 */
export function actorsInCommon(a: EventRecord, b: EventRecord): EventActor[] | null {
  const left = actorsOf(a)
  const right = actorsOf(b)
  if (left.length === 0 || right.length === 0) return null
  return left.filter(
    (x, i) => right.some((y) => sameActor(x, y)) && left.findIndex((z) => sameActor(x, z)) === i
  )
}

/** True when the events share an actor, or when either has no actor yet. */
export function actorsOverlap(a: EventRecord, b: EventRecord): boolean {
  const common = actorsInCommon(a, b)
  return common === null || common.length > 0
}

/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number }
): number {
  const rad = (d: number): number => (d * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLon = rad(b.longitude - a.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** How two events' places compare: near (with the reason), apart, or unknown. */
type PlaceComparison = { kind: 'near'; reason: string } | { kind: 'apart' } | { kind: 'unknown' }

function comparePlaces(a: EventRecord, b: EventRecord): PlaceComparison {
  if (a.latitude !== null && a.longitude !== null && b.latitude !== null && b.longitude !== null) {
    const km = distanceKm(
      { latitude: a.latitude, longitude: a.longitude },
      { latitude: b.latitude, longitude: b.longitude }
    )
    if (km > NEARBY_KM) return { kind: 'apart' }
    return { kind: 'near', reason: km < 1 ? 'under 1 km apart' : `${Math.round(km)} km apart` }
  }
  const la = foldName(a.location)
  const lb = foldName(b.location)
  if (la !== '' && lb !== '')
    return la === lb ? { kind: 'near', reason: `both in ${a.location.trim()}` } : { kind: 'apart' }
  const aa = foldName(a.admin1)
  const ab = foldName(b.admin1)
  if (aa !== '' && ab !== '' && aa !== ab) return { kind: 'apart' }
  return { kind: 'unknown' }
}

/** True when the places can be the same: same country, and not told apart by place or distance. */
export function placesMatch(a: EventRecord, b: EventRecord): boolean {
  if (a.countryCode === '' || a.countryCode !== b.countryCode) return false
  return comparePlaces(a, b).kind !== 'apart'
}

/** A scored comparison of two events: whether they look like one event, how much, and why. */
export interface DuplicateAssessment {
  likely: boolean
  /** 0..1: the share of the evidence for "same event" (day, type, country, actors, place). */
  score: number
  /** In words, what they have in common: "same day", "same type", "Kataib Hezbollah in common"… */
  reasons: string[]
}

const NOT_LIKELY: DuplicateAssessment = { likely: false, score: 0, reasons: [] }

/**
 * Compares `other` with `event`. Same type, overlapping dates (given their precision) and the same
 * country are required; the actors must not be told apart and the places not be farther than
 * NEARBY_KM (or differently named), and at least one of them must positively match, so two
 * bare drafts of one day do not warn.
 */
export function assessDuplicate(event: EventRecord, other: EventRecord): DuplicateAssessment {
  if (other.id === event.id || event.eventType === '' || event.eventType !== other.eventType)
    return NOT_LIKELY
  if (event.countryCode === '' || event.countryCode !== other.countryCode) return NOT_LIKELY
  if (!periodsOverlap(event, other)) return NOT_LIKELY
  const common = actorsInCommon(event, other)
  const place = comparePlaces(event, other)
  if ((common !== null && common.length === 0) || place.kind === 'apart') return NOT_LIKELY
  if (common === null && place.kind === 'unknown') return NOT_LIKELY
  const sameDay =
    event.timePrecision === 1 && other.timePrecision === 1 && event.eventDate === other.eventDate
  const reasons = [sameDay ? 'same day' : 'overlapping dates', 'same type']
  let score = (sameDay ? 0.25 : 0.15) + 0.2 + 0.1
  if (common !== null) {
    reasons.push(`${common.map((a) => a.name.trim()).join(' and ')} in common`)
    score += 0.25
  }
  if (place.kind === 'near') {
    reasons.push(place.reason)
    score += 0.2
  } else {
    reasons.push('same country')
  }
  return { likely: true, score: Math.round(score * 100) / 100, reasons }
}

/** True when `other` looks like the same ACLED event as `event` (see assessDuplicate). */
export function isLikelyDuplicate(event: EventRecord, other: EventRecord): boolean {
  return assessDuplicate(event, other).likely
}

/** One warning per event in `others` that looks like the same event as `event`, best match first. */
export function checkLikelyDuplicates(
  event: EventRecord,
  others: readonly EventRecord[]
): CodingIssue[] {
  return others
    .map((other) => ({ other, found: assessDuplicate(event, other) }))
    .filter(({ found }) => found.likely)
    .sort((x, y) => y.found.score - x.found.score)
    .map(({ other, found }) => {
      const where = other.location !== '' ? other.location : other.countryCode
      const what = `${other.subEventType !== '' ? other.subEventType : other.eventType}, ${where}, ${formatEventDate(other.eventDate, other.timePrecision)}`
      const here = other.articleId === event.articleId
      return {
        severity: 'warning',
        field: null,
        code: 'likely-duplicate',
        message:
          `${here ? 'Another event from this article' : 'An event coded from another article'} ` +
          `(${what}) may be the same event (${Math.round(found.score * 100)} % match): ` +
          `${found.reasons.join(', ')}. ACLED codes one event per day, place and actors: ` +
          (here ? 'merge them if they are one.' : 'keep only one if they are the same.'),
        relatedEventIds: [other.id]
      }
    })
}
