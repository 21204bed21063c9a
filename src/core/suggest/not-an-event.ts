// Trigger words that do not report an event of their own, so no mention is made for them.
import type { ActorMention } from './actor-lexicon'
import type { TextSpan } from './event-suggestion'
import type { EventMention } from './read-mentions'

const NOBODY = /\b(?:no one|nobody|none)\s+(?:was|were|had been)\s+$/i
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
  if (NOBODY.test(before.slice(-20)) || TREND.test(before)) return true
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
