// Trigger words that do not report an event of their own, so no mention is made for them.
import type { ActorMention } from './actor-lexicon'
import type { TextSpan } from './event-suggestion'
import type { EventMention } from './read-mentions'

const NOBODY =
  /\b(?:(?:no one|nobody|none)\s+(?:was|were|had been)|no (?:immediate )?(?:word|reports?|news|information|sign) (?:on|of|about))\s+$/i
// "strikes have picked up this week", "Fighting has escalated in recent months": a trend.
const TREND_AFTER =
  /^\s+(?:[\w’'-]+\s+){0,6}?(?:ha(?:ve|s)\s+(?:(?:also|since|sharply|steadily)\s+)?(?:picked up|escalated|intensified|increased|risen|surged|spread|grown|continued|become)|spread to|are (?:common|frequent|regular)|(?:increased|escalated|intensified) (?:sharply|steadily))/i
// "Nearly 4,000 people have been killed since ... 2017", "so far this year": a running total.
const DISPLACED_BY =
  /\b(?:displaced|fled|fleeing|forced to flee|driven from their homes)\b[^.]{0,40}\b(?:by|from)\s+$/i
const HABIT =
  /\b(?:repeatedly|regularly|routinely|frequently|often|increasingly|usually|typically)\b/i
const AGGREGATE =
  /\b(?:since|so far this year|over the (?:past|last) (?:\w+ )?(?:years?|months|decades?)|in recent (?:years|months|weeks))\b/i
// "the wave of kidnappings", "a spate of attacks": a trend, not an event.
const TREND =
  /\b(?:wave|spate|series|string|surge|rise|increase|number|history) (?:of|in) (?:\w+ )?$/i
const GRIEVANCE = /\b(?:against|over|about|condemning|denouncing)\s+(?:[\w'’-]+\s+){0,4}$/i

// "No one was killed", "the wave of kidnappings", what a protest is against ("protested against
// the killing of"), and an attributive participle that points back at one ("the abducted
// villagers").
/** True for a trigger word that names no new event. */
export function notAnEvent(
  text: string,
  t: TextSpan,
  clause: TextSpan,
  actors: readonly ActorMention[],
  found: readonly EventMention[]
): boolean {
  const before = text.slice(Math.max(clause.start, t.start - 60), t.start)
  // "anti-riot police", "counter-terrorism operation": a word about a kind of event, not one.
  if (/\b(?:anti|counter)[-‐]$/i.test(before)) return true
  if (NOBODY.test(before.slice(-40)) || TREND.test(before)) return true
  if (TREND_AFTER.test(text.slice(t.end, Math.min(clause.end, t.end + 60)))) return true
  const body = text.slice(clause.start, clause.end)
  // "displaced in September by fighting in Marib": the cause of a flight, told as background.
  if (DISPLACED_BY.test(text.slice(Math.max(clause.start, t.start - 60), t.start))) return true
  // "has repeatedly pounded Ukrainian cities", "are regularly targeted": a habit, not an event.
  if (HABIT.test(text.slice(clause.start, t.start))) return true
  if (AGGREGATE.test(body) && /\b(?:have|has)\s+(?:\w+\s+)?(?:been|\w+ed)\b/i.test(body))
    return true
  const protestFirst = found.some(
    (m) => m.clause === clause && m.trigger.value.eventType === 'Protests'
  )
  if (protestFirst && GRIEVANCE.test(before)) return true
  const word = text.slice(t.start, t.end)
  const next = actors.find((a) => a.start > t.end)
  return (
    /ed$/i.test(word) &&
    /\b(?:the|these|those|its|their)\s+$/i.test(before) &&
    next !== undefined &&
    /^\s*$/.test(text.slice(t.end, next.start))
  )
}
