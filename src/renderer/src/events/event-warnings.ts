import { checkEvent, isoDateOf } from '@core/events'
import type { CodingIssue } from '@core/events'
import type { EventRecord } from '@shared/model/event'

/**
 * Coding checks for many events at once. Duplicates need the same country and reused
 * fatalities the same figure, so each event is compared only with events sharing one of those:
 * 2,000 events cost thousands of comparisons, not four million.
 */
export function eventWarnings(
  events: readonly EventRecord[],
  all: readonly EventRecord[],
  publishedAt: string
): Map<string, CodingIssue[]> {
  const byCountry = new Map<string, EventRecord[]>()
  const byFatalities = new Map<number, EventRecord[]>()
  for (const e of all) {
    if (e.countryCode) byCountry.set(e.countryCode, [...(byCountry.get(e.countryCode) ?? []), e])
    if (e.fatalities !== null)
      byFatalities.set(e.fatalities, [...(byFatalities.get(e.fatalities) ?? []), e])
  }
  const today = isoDateOf(new Date())
  const out = new Map<string, CodingIssue[]>()
  for (const e of events) {
    const others = new Set([
      ...(byCountry.get(e.countryCode) ?? []),
      ...(e.fatalities === null ? [] : (byFatalities.get(e.fatalities) ?? []))
    ])
    out.set(e.id, checkEvent(e, [...others], { today, publishedAt: publishedAt || undefined }))
  }
  return out
}
