// Calendar arithmetic on YYYY-MM-DD strings. Everything is done in UTC so that a date never moves
// by a day with the analyst's time zone; no clock is read here.
import type { TimePrecision } from '../../shared/model/event'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const

/** True for a YYYY-MM-DD string naming a day that exists (no 2023-02-29, no 2024-13-01). */
export function isRealDate(text: string): boolean {
  const m = ISO_DATE.exec(text)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  // Date.UTC rolls 31 April over to 1 May, so compare the parts after the round trip.
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

/** Days since 1970-01-01 of a real YYYY-MM-DD date; throws on anything else. */
export function dayNumber(date: string): number {
  if (!isRealDate(date)) throw new RangeError(`not a real YYYY-MM-DD date: "${date}"`)
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS)
}

/** The YYYY-MM-DD date of a day number (inverse of `dayNumber`). */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** The YYYY-MM-DD date of an instant, in UTC. */
export function isoDateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10)
}

/**
 * The days an event date may stand for, as inclusive day numbers. Precision 1: that day; 2: the
 * seven days starting at the stored date (stored as the first day of the week); 3: the calendar
 * month containing the date (so an un-normalised mid-month date still means that month).
 */
export function datePeriod(
  date: string,
  precision: TimePrecision
): { first: number; last: number } {
  const day = dayNumber(date)
  if (precision === 1) return { first: day, last: day }
  if (precision === 2) return { first: day, last: day + 6 }
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))]
  return {
    first: Math.round(Date.UTC(year, month - 1, 1) / DAY_MS),
    last: Math.round(Date.UTC(year, month, 0) / DAY_MS)
  }
}

/** True when two dated events could be the same day given their precisions; false if either date is not real. */
export function periodsOverlap(
  a: { eventDate: string; timePrecision: TimePrecision },
  b: { eventDate: string; timePrecision: TimePrecision }
): boolean {
  if (!isRealDate(a.eventDate) || !isRealDate(b.eventDate)) return false
  const pa = datePeriod(a.eventDate, a.timePrecision)
  const pb = datePeriod(b.eventDate, b.timePrecision)
  return pa.first <= pb.last && pb.first <= pa.last
}

/** "3 May 2024", "the week of 3 May 2024", "May 2024": a date as an analyst reads it. */
export function formatEventDate(date: string, precision: TimePrecision): string {
  if (!isRealDate(date)) return date
  const day = Number(date.slice(8, 10))
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? ''
  const year = date.slice(0, 4)
  if (precision === 3) return `${month} ${year}`
  const text = `${day} ${month} ${year}`
  return precision === 2 ? `the week of ${text}` : text
}
