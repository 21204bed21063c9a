// Reused fatalities. The codebook: a figure reported for an earlier event ("the February strikes
// killed 22") belongs to that event only, never added to today's. The usual slip is citing one
// passage's figure on two events, so we look for two events that cite the same passage for it.
import type { EventRecord, Evidence } from '../../shared/model/event'
import type { CodingIssue } from './coding-issue'
import { normaliseName } from './duplicate-check'
import { formatEventDate } from './event-date'

interface Span {
  start: number
  end: number
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

const sameQuote = (a: Evidence, b: Evidence): boolean =>
  normaliseName(a.selectors.quote.exact) === normaliseName(b.selectors.quote.exact) &&
  normaliseName(a.selectors.quote.prefix) === normaliseName(b.selectors.quote.prefix) &&
  normaliseName(a.selectors.quote.suffix) === normaliseName(b.selectors.quote.suffix)

/**
 * True when two evidence passages are the same spot: overlapping spans of one article (compared on
 * the same text version, current anchors first), or, across articles or versions, the same quote
 * with the same context (a syndicated copy of one report).
 */
export function samePassage(
  a: { articleId: string; evidence: Evidence },
  b: { articleId: string; evidence: Evidence }
): boolean {
  const ea = a.evidence
  const eb = b.evidence
  if (a.articleId === b.articleId) {
    const anchored = ea.anchor.status !== 'orphaned' && eb.anchor.status !== 'orphaned'
    if (anchored && ea.anchor.textHash === eb.anchor.textHash) return overlaps(ea.anchor, eb.anchor)
    if (ea.selectors.textHash === eb.selectors.textHash) {
      return overlaps(ea.selectors.position, eb.selectors.position)
    }
  }
  return sameQuote(ea, eb)
}

const actorNames = (e: EventRecord): string =>
  [e.actor1, e.assocActor1, e.actor2, e.assocActor2]
    .map((a) => (a === null ? '' : normaliseName(a.name)))
    .filter((n) => n !== '')
    .sort()
    .join('|')

/**
 * True for two parts of one passage split per country or day (see split-event): same article,
 * type, sub-type, context and actors, different country or date. They share the passage by design,
 * having divided its total; a historical mention differs in context and is still caught.
 */
export function areSplitSiblings(a: EventRecord, b: EventRecord): boolean {
  return (
    a.articleId === b.articleId &&
    a.eventType === b.eventType &&
    a.subEventType === b.subEventType &&
    a.context === b.context &&
    actorNames(a) === actorNames(b) &&
    (a.countryCode !== b.countryCode || a.eventDate !== b.eventDate)
  )
}

/**
 * Errors when another event of the same article codes the same figure from the same passage;
 * warnings when only the source's phrase matches there, or a copy of the passage in another article.
 */
export function checkFatalitiesReuse(
  event: EventRecord,
  others: readonly EventRecord[]
): CodingIssue[] {
  const mine = event.evidence.fatalities
  if (mine === undefined || event.fatalities === null || event.fatalities === 0) return []
  const phrase = normaliseName(event.fatalitiesPhrase)
  const issues: CodingIssue[] = []
  for (const other of others) {
    const theirs = other.evidence.fatalities
    if (other.id === event.id || theirs === undefined || other.fatalities === null) continue
    const sameNumber = other.fatalities === event.fatalities
    const samePhrase = phrase !== '' && phrase === normaliseName(other.fatalitiesPhrase)
    if (!sameNumber && !samePhrase) continue
    const a = { articleId: event.articleId, evidence: mine }
    const b = { articleId: other.articleId, evidence: theirs }
    if (!samePassage(a, b) || areSplitSiblings(event, other)) continue
    const sameArticle = other.articleId === event.articleId
    const what = `${other.eventType !== '' ? other.eventType : 'an event'}, ${formatEventDate(other.eventDate, other.timePrecision)}`
    const figure = sameNumber
      ? `The figure ${event.fatalities}`
      : `The phrase "${event.fatalitiesPhrase.trim()}"`
    issues.push({
      severity: sameArticle && sameNumber ? 'error' : 'warning',
      field: 'fatalities',
      code: 'fatalities-reused',
      message:
        `${figure} ("${mine.selectors.quote.exact.trim()}") is already coded on another event (${what})` +
        `${sameArticle ? '' : ' from a copy of this passage in another article'}. ` +
        'A figure reported for one event belongs to that event only: keep it on one of them.',
      relatedEventIds: [other.id]
    })
  }
  return issues
}
