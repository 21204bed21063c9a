// PLOVER's mention context: is the event reported as happening (current), as an earlier event
// (historical), as something threatened or planned (future), as a possibility (hypothetical), or
// denied (negated)? Cues are read in the trigger's clause up to the trigger itself, so a relative
// clause after it ("protesters who had gathered") does not re-date the event. A dated event more
// than HISTORICAL_AFTER_DAYS before publication is historical whatever the tense.
import type { EventContext } from '../../shared/model/event'
import type { DateValue, SuggestedValue } from './event-suggestion'
import { daysBetween } from './suggest-date'

/** An event dated this many days or more before publication is reported as historical. */
export const HISTORICAL_AFTER_DAYS = 31

const NEGATED =
  /\b(?:did not|didn['’]t|does not|doesn['’]t|denied|denies|deny|denying|refuted|rejected (?:reports|claims)|was not|were not|wasn['’]t|weren['’]t|has not|have not|had not|never|no evidence)\b/i
const HYPOTHETICAL =
  /\b(?:could|would|might|possibility of|possible|potential|potentially|if|risk of|capable of|capability of|likely to)\b/i
const FUTURE =
  /\b(?:will|plans? to|planned|planning to|intends? to|is set to|are set to|next (?:week|month|year)|in the coming|threaten(?:ed|ing|s)? (?:to|further)|vow(?:ed|ing|s)? to|promised to|pledged to)\b/i
const HISTORICAL =
  /\b(?:during those|those earlier|earlier (?:strikes|attacks|airstrikes|clashes)|previous|prior|last year|years ago|back in|in the past|had (?:\w+ )?(?:\w+ed|been|fought|shot|struck|hit|made|taken|seen|begun)|ha(?:ve|s) (?:also )?been|there have been|had earlier)\b/i
// Right after the trigger: "a rally ... was called off" did not take place.
const CALLED_OFF =
  /^[^.;]*?\b(?:was|were|had been|has been)\s+(?:called off|cancell?ed|postponed|banned|prevented|blocked|averted|foiled)\b/i
const BACKDROP = /\b(?:during|amid|amidst)\s+(?:[\w'’]+\s+){0,3}$/i
// Not historical by itself, but the event is not today's either: don't lend it the story's date.
const ANTERIOR = /\b(?:to have \w+(?:ed|en)|believed to have|said to have|reportedly had)\b/i

export interface ContextReading {
  context: SuggestedValue<EventContext>
  /** The clause's tense or aspect places the event before the story's: don't inherit its date. */
  anterior: boolean
}

function cue(
  text: string,
  from: number,
  to: number,
  re: RegExp
): { start: number; end: number; words: string } | null {
  const m = re.exec(text.slice(from, to))
  return m ? { start: from + m.index, end: from + m.index + m[0].length, words: m[0] } : null
}

// `ownDate` is a date read in the trigger's clause, if any. Threats are `future` by nature.
/** The context of the event whose trigger is text[triggerStart, triggerEnd), in its clause. */
export function suggestContext(
  text: string,
  clauseStart: number,
  triggerStart: number,
  triggerEnd: number,
  options: { isThreat: boolean; ownDate?: DateValue; publishedAt?: string }
): ContextReading {
  const at = { start: triggerStart, end: triggerEnd, words: text.slice(triggerStart, triggerEnd) }
  const lead = [clauseStart, triggerEnd] as const
  // "during Saturday's fighting", "amid the clashes": a backdrop to the clause, outside the
  // scope of its negation or modal ("The army denied ... during Saturday's fighting").
  const backdrop = BACKDROP.test(text.slice(clauseStart, triggerStart))
  const negated = backdrop
    ? null
    : (cue(text, ...lead, NEGATED) ?? cue(text, triggerEnd, triggerEnd + 40, CALLED_OFF))
  if (negated) return { context: { value: 'negated', ...negated }, anterior: true }
  if (options.isThreat) return { context: { value: 'future', ...at }, anterior: false }
  // "may" only in lower case: "May" is also the month.
  const after = [triggerEnd, triggerEnd + 12] as const
  const hypothetical = backdrop
    ? null
    : (cue(text, ...lead, HYPOTHETICAL) ??
      cue(text, ...lead, /\bmay\b/) ??
      cue(text, ...after, /^\s+(?:could|would|might|may)\b/))
  if (hypothetical) return { context: { value: 'hypothetical', ...hypothetical }, anterior: true }
  const future = backdrop ? null : (cue(text, ...lead, FUTURE) ?? cue(text, ...after, /^\s+will\b/))
  if (future) return { context: { value: 'future', ...future }, anterior: true }
  const { ownDate, publishedAt } = options
  if (ownDate && publishedAt) {
    const old = daysBetween(ownDate.date, publishedAt) >= HISTORICAL_AFTER_DAYS
    return { context: { value: old ? 'historical' : 'current', ...at }, anterior: false }
  }
  const historical = cue(text, ...lead, HISTORICAL)
  if (historical) return { context: { value: 'historical', ...historical }, anterior: true }
  return { context: { value: 'current', ...at }, anterior: ANTERIOR.test(text.slice(...lead)) }
}
