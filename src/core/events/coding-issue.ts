import type { EventRecord } from '../../shared/model/event'

/** Machine-readable kinds of coding issue, stable for the UI (icons, filters, tests). */
export type CodingIssueCode =
  | 'missing-event-type'
  | 'missing-sub-event-type'
  | 'missing-actor-1'
  | 'missing-country'
  | 'missing-event-date'
  | 'sub-type-mismatch'
  | 'missing-inter-code'
  | 'historical-dated-today'
  | 'likely-duplicate'
  | 'fatalities-reused'
  | 'outside-country-bounds'

/**
 * One finding on a coded event. `error`: the record is not a valid ACLED event yet; `warning`: it
 * may be right, but an analyst should look. `field` is the record field to focus, or null when the
 * issue concerns the whole event (a likely duplicate); `relatedEventIds` names the other events.
 */
export interface CodingIssue {
  severity: 'error' | 'warning'
  field: keyof EventRecord | null
  code: CodingIssueCode
  message: string
  relatedEventIds?: string[]
}
