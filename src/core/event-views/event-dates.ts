import type { TimePrecision } from '../../shared/model/event'

/** A calendar day as whole numbers (UTC, no time zone involved). */
export interface CalendarDay {
  year: number
  month: number
  day: number
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Parses a strict `YYYY-MM-DD` that names a real calendar day; anything else is null. */
export function parseIsoDay(text: string): CalendarDay | null {
  const match = ISO_DAY.exec(text.trim())
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1) return null
  if (day > daysInMonth(year, month)) return null
  return { year, month, day }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/** Formats a day back to `YYYY-MM-DD`. */
export function formatIsoDay(d: CalendarDay): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`
}

/** The day `days` after `d` (negative goes back), through month and year ends. */
export function addDays(d: CalendarDay, days: number): CalendarDay {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days))
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() }
}

/** The first day of the month after `d`'s month. */
export function firstOfNextMonth(d: CalendarDay): CalendarDay {
  return d.month === 12
    ? { year: d.year + 1, month: 1, day: 1 }
    : { ...d, month: d.month + 1, day: 1 }
}

/**
 * The span an event's date stands for, as `[start, end)` with an exclusive end (midnight of the
 * day after), the way a timeline draws it: precision 1 → the day itself, 2 → the 7 days from
 * `eventDate` (the codebook stores the first day of the week), 3 → the whole month of
 * `eventDate` (normalised to the 1st even if another day was stored).
 */
export function precisionSpan(
  date: CalendarDay,
  precision: TimePrecision
): { start: CalendarDay; end: CalendarDay } {
  if (precision === 2) return { start: date, end: addDays(date, 7) }
  if (precision === 3) {
    const start = { ...date, day: 1 }
    return { start, end: firstOfNextMonth(start) }
  }
  return { start: date, end: addDays(date, 1) }
}
