// Likely duplicates: ACLED aggregates incidents of one day, place, type and actors into a single
// event, so a second record with all of those in common is most often the same event coded twice
// (from this article, or from another report of it).
import type { EventActor, EventRecord } from '../../shared/model/event'
import type { CodingIssue } from './coding-issue'
import { formatEventDate, periodsOverlap } from './event-date'

/** Lower case, no accents, single spaces: "Al-Qa'im " and "al-qa'im" compare equal. */
export function normaliseName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

function actorsOf(e: EventRecord): EventActor[] {
  return [e.actor1, e.assocActor1, e.actor2, e.assocActor2].filter(
    (a): a is EventActor => a !== null && a.name.trim() !== ''
  )
}

function sameActor(a: EventActor, b: EventActor): boolean {
  if (a.actorId !== null && a.actorId === b.actorId) return true
  return normaliseName(a.name) === normaliseName(b.name)
}

/**
 * True when the two events share an actor (by registry id or by name, in any slot, since actor 1
 * and 2 do not say who attacked whom), or when either has no actor yet and so cannot differ.
 */
export function actorsOverlap(a: EventRecord, b: EventRecord): boolean {
  const left = actorsOf(a)
  const right = actorsOf(b)
  if (left.length === 0 || right.length === 0) return true
  return left.some((x) => right.some((y) => sameActor(x, y)))
}

/**
 * True when the places can be the same: same country, and the same location name when both have
 * one; when either location is blank, the first administrative division must not differ.
 */
export function placesMatch(a: EventRecord, b: EventRecord): boolean {
  if (a.countryCode === '' || a.countryCode !== b.countryCode) return false
  const la = normaliseName(a.location)
  const lb = normaliseName(b.location)
  if (la !== '' && lb !== '') return la === lb
  const aa = normaliseName(a.admin1)
  const ab = normaliseName(b.admin1)
  return aa === '' || ab === '' || aa === ab
}

/** True when `other` looks like the same ACLED event as `event` (type, day, place, actors). */
export function isLikelyDuplicate(event: EventRecord, other: EventRecord): boolean {
  return (
    other.id !== event.id &&
    event.eventType !== '' &&
    event.eventType === other.eventType &&
    periodsOverlap(event, other) &&
    placesMatch(event, other) &&
    actorsOverlap(event, other)
  )
}

/** One warning per event in `others` that looks like the same event as `event`. */
export function checkLikelyDuplicates(
  event: EventRecord,
  others: readonly EventRecord[]
): CodingIssue[] {
  return others
    .filter((other) => isLikelyDuplicate(event, other))
    .map((other) => {
      const where = other.location !== '' ? other.location : other.countryCode
      const what = `${other.subEventType !== '' ? other.subEventType : other.eventType}, ${where}, ${formatEventDate(other.eventDate, other.timePrecision)}`
      const origin =
        other.articleId === event.articleId
          ? 'Another event from this article'
          : 'An event coded from another article'
      return {
        severity: 'warning',
        field: null,
        code: 'likely-duplicate',
        message:
          `${origin} (${what}) has the same type, day, place and actors: it may be the same event. ` +
          'ACLED codes one event per day, place and actors; merge them if they are.',
        relatedEventIds: [other.id]
      }
    })
}
