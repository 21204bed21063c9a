// Coding checks run while an analyst codes an event: each rule is a small pure function returning
// issues, and `checkEvent` runs them all. Rules that compare events live in their own files.
import type { EventActor, EventRecord } from '../../shared/model/event'
import {
  ACTOR_CATEGORIES,
  EVENT_TYPE_NAMES,
  describeSubTypeMismatch,
  subTypesOf
} from './acled-codebook'
import type { CodingIssue } from './coding-issue'
import { checkCountryBounds, type CountryBoundsLookup } from './country-bounds-check'
import { checkLikelyDuplicates } from './duplicate-check'
import { formatEventDate } from './event-date'
import { EVENT_FIELD_TABLE } from './event-fields'
import { checkFatalitiesReuse } from './fatalities-reuse-check'

/** What the checks need from outside the event: the clock and optional reference data. */
export interface CheckEventOptions {
  /** Today, YYYY-MM-DD, in the analyst's calendar (the checks never read the clock). */
  today: string
  /** The article's publication date, YYYY-MM-DD, if known. */
  publishedAt?: string
  /** Rough country boxes by ISO alpha-3; leave out to skip the coordinates check. */
  countryBounds?: CountryBoundsLookup
}

const hasName = (a: EventActor | null): a is EventActor => a !== null && a.name.trim() !== ''

/** Errors for each field ACLED cannot do without: event type, sub-type, actor 1, country, date. */
export function checkRequiredFields(event: EventRecord): CodingIssue[] {
  const issues: CodingIssue[] = []
  const error = (field: keyof EventRecord, code: CodingIssue['code'], message: string): void => {
    issues.push({ severity: 'error', field, code, message })
  }
  if (event.eventType === '') {
    error(
      'eventType',
      'missing-event-type',
      `The event type is missing: choose one of ${EVENT_TYPE_NAMES.join(', ')}.`
    )
  }
  if (event.subEventType === '') {
    error(
      'subEventType',
      'missing-sub-event-type',
      event.eventType === ''
        ? 'The sub-event type is missing: choose the event type first, then its sub-type.'
        : `The sub-event type is missing: ${event.eventType} has ${subTypesOf(event.eventType).join('; ')}.`
    )
  }
  if (!hasName(event.actor1)) {
    error(
      'actor1',
      'missing-actor-1',
      hasName(event.actor2)
        ? 'Actor 1 is empty but actor 2 is set: put the only or main actor in actor 1.'
        : 'Actor 1 is missing: every ACLED event has at least one actor.'
    )
  }
  if (event.countryCode === '') {
    error('countryCode', 'missing-country', 'The country is missing.')
  }
  if (event.eventDate === '') {
    error(
      'eventDate',
      'missing-event-date',
      'The event date is missing. If the report gives only the week or the month, enter its first day and set the time precision to 2 or 3.'
    )
  }
  return issues
}

/** An error when the sub-event type is not one of the event type's (ACLED nests them strictly). */
export function checkSubTypeOfType(event: EventRecord): CodingIssue[] {
  const message = describeSubTypeMismatch(event.eventType, event.subEventType)
  if (message === null || event.eventType === '') return []
  return [{ severity: 'error', field: 'subEventType', code: 'sub-type-mismatch', message }]
}

const ACTOR_SLOTS = (['actor1', 'actor2', 'assocActor1', 'assocActor2'] as const).map(
  (field) => [field, EVENT_FIELD_TABLE[field].label] as const
)

/**
 * Actors without a category (inter code): an error for actor 1 and 2, whose codes make the
 * interaction code; a warning for associated actors, which ACLED categorises but never combines.
 */
export function checkInterCodes(event: EventRecord): CodingIssue[] {
  const categories = Object.values(ACTOR_CATEGORIES).join(', ')
  return ACTOR_SLOTS.flatMap(([field, label]): CodingIssue[] => {
    const actor = event[field]
    if (!hasName(actor) || actor.inter !== null) return []
    const main = field === 'actor1' || field === 'actor2'
    return [
      {
        severity: main ? 'error' : 'warning',
        field,
        code: 'missing-inter-code',
        message:
          `${label} "${actor.name.trim()}" has no category (inter code): choose one of ${categories}` +
          (main ? ', so that the interaction code can be computed.' : '.')
      }
    ]
  })
}

/**
 * A warning for a `historical` mention dated today or on the publication date: the date was most
 * likely left at the form's default, while a past event needs its own (even if only its month).
 */
export function checkHistoricalDate(
  event: EventRecord,
  today: string,
  publishedAt?: string
): CodingIssue[] {
  if (event.context !== 'historical' || event.eventDate === '') return []
  const when =
    event.eventDate === today
      ? 'today'
      : event.eventDate === publishedAt
        ? 'on the day the report was published'
        : null
  if (when === null) return []
  return [
    {
      severity: 'warning',
      field: 'eventDate',
      code: 'historical-dated-today',
      message:
        `This event is marked historical but dated ${when} (${formatEventDate(event.eventDate, 1)}). ` +
        "Give the past event's own date; if the report names only its week or month, use that with time precision 2 or 3."
    }
  ]
}

/**
 * Every coding issue of `event`, errors first. `others` are the events to compare with (this
 * article's and other articles'); `event` itself may be among them and is skipped.
 */
export function checkEvent(
  event: EventRecord,
  others: readonly EventRecord[],
  options: CheckEventOptions
): CodingIssue[] {
  const issues = [
    ...checkRequiredFields(event),
    ...checkSubTypeOfType(event),
    ...checkInterCodes(event),
    ...checkHistoricalDate(event, options.today, options.publishedAt),
    ...checkFatalitiesReuse(event, others),
    ...checkLikelyDuplicates(event, others),
    ...checkCountryBounds(event, options.countryBounds)
  ]
  // Array.prototype.sort is stable, so rule order is kept within each severity.
  return issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
}
