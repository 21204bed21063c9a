// Who is on which side of an event, from word order around its trigger: the actor before the
// trigger is side 1 and the one after it side 2 ("the United States carried out airstrikes
// against militia group facilities"), turned round for passives ("U.S. bases have been subjected
// to rockets"), split for "clashes between A and B" ("rival clan militias": both sides), and
// "the groups" / "they" / "their" standing for the last armed group named. ACLED's actor 1 and 2
// carry no direction, so this only has to keep the two sides apart.
import type { ActorMention } from './actor-lexicon'
import type { TextSpan } from './event-suggestion'

export interface Sides {
  side1: ActorMention[]
  side2: ActorMention[]
}

const PASSIVE =
  /\b(?:(?:been|was|were|being|be|got)\s+(?:\w+\s+)?(?:subjected to|targeted|hit|attacked|struck|ambushed|shelled|bombed|killed|abducted|kidnapped|arrested|detained|dispersed)|came under|subjected to)\b/i
// Between an actor and the noun it modifies: nothing, or a few descriptive words ("ballistic
// missile", "air strike", "artillery shelling"), never a verb or a preposition.
const MODIFIER_GAP = /^(?:['’]s)?\s*(?:[\p{L}-]+\s+){0,2}$/u
const NOT_A_MODIFIER =
  /\b(?:by|on|of|in|at|to|from|with|and|or|was|were|is|are|had|has|have|been|said|says)\b/i
/** A trigger that is a noun ("strike", "missile attack"), not a verb ("attacked", "killing"). */
function nounTrigger(text: string, t: TextSpan): boolean {
  const word = text.slice(t.start, t.end).toLowerCase()
  return !/(?:ed|ing)$/.test(word)
}
const BETWEEN = /\b(?:between|among)\b/i
const SAID_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:said|say|says|told|reported|added|confirmed)\b/i
const ACCORDING = /\baccording to\s+(?:[\w-]+\s+){0,2}$/i
const MODIFIER = /\b(?:\w+ing|who|which|that)\s+(?:(?:the|a|an|some|two|\w+ed)\s+){0,2}$/i
const TARGET =
  /\b(?:on|against|at|targeting)\s+(?:(?:the|a|an|its|their|thousands|hundreds|dozens|scores|of|several|some|many|\d+)\s+){0,3}$/i
const ANAPHOR = /\b(?:the|these|those|such) groups?\b|\bthey\b|\btheir\b|\bthe group['’]s\b/i
// A threat's target follows one of these; anything else after "threatened to" is the instrument.
const THREAT_TARGET = /\b(?:against|on|at|respond to|retaliate|targeting)\b/i

const sameSide = (a: ActorMention, b: ActorMention): boolean => {
  const x = a.value
  const y = b.value
  const force = (v: typeof x): boolean => v.stateForce || v.inter === 8
  return x.key !== y.key && (force(x) ? force(y) : x.inter === y.inter)
}

function distinct(list: ActorMention[]): ActorMention[] {
  const seen = new Set<string>()
  return list.filter((m) => !seen.has(m.value.key) && seen.add(m.value.key))
}

/** A source, not a participant: "military officials and residents said", "according to elders". */
export function isSource(text: string, a: ActorMention): boolean {
  return (
    SAID_AFTER.test(text.slice(a.end, a.end + 30)) ||
    ACCORDING.test(text.slice(Math.max(0, a.start - 30), a.start))
  )
}

// `actors` are the sentence's actor mentions in text order; `lastGroup` is the armed group a
// pronoun would stand for.
/** Sides of the event whose trigger is `trigger` in `clause`. */
export function assignActors(
  text: string,
  actors: readonly ActorMention[],
  clause: TextSpan,
  trigger: TextSpan,
  options: { lastGroup: ActorMention | null; isThreat: boolean }
): Sides {
  // "The Nigerian Air Force said ... its jets had bombed": a source reporting its own act is the actor.
  const selfReport = (a: ActorMention): boolean =>
    a.end <= trigger.start && /\b(?:it|its|they|their)\b/i.test(text.slice(a.end, trigger.start))
  const inClause = actors.filter(
    (a) => a.start >= clause.start && a.end <= clause.end && (!isSource(text, a) || selfReport(a))
  )
  const before = inClause.filter((a) => a.end <= trigger.start)
  let after = inClause.filter((a) => a.start >= trigger.end)
  if (options.isThreat) {
    const target = after.find((a) => THREAT_TARGET.test(text.slice(trigger.end, a.start)))
    after = target ? after.slice(after.indexOf(target)) : []
  }
  // "attacks on American assets", "fired tear gas at thousands of protesters": a target.
  const target = (a: ActorMention): boolean =>
    TARGET.test(text.slice(Math.max(clause.start, a.start - 40), a.start))
  let side1 = before.filter((a) => !target(a) && !a.value.targetOnly).reverse()
  // "Bandit leaders holding the abducted villagers have threatened": the nearest actor sits in a
  // modifier of the subject; the subject is the clause's first actor.
  const nearest = side1[0]
  const subject = side1[side1.length - 1]
  if (nearest && subject && nearest !== subject) {
    if (MODIFIER.test(text.slice(Math.max(subject.end, nearest.start - 30), nearest.start))) {
      side1 = [subject, ...side1.filter((a) => a !== subject)]
    }
  }
  let side2 = [...before.filter((a) => target(a) || a.value.targetOnly), ...after]
  const lastBefore = side1[0]
  if (lastBefore && PASSIVE.test(text.slice(lastBefore.end, trigger.end + 20))) {
    const agent = after.filter((a) =>
      /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(trigger.end, a.start - 12), a.start))
    )
    side2 = [...before.filter((a) => a.value.targetOnly), ...side1]
    side1 = agent.filter((a) => !a.value.targetOnly)
  }
  if (
    side1.length === 0 &&
    side2.length > 0 &&
    BETWEEN.test(text.slice(trigger.end, side2[0]?.start ?? trigger.end))
  ) {
    const [first, ...rest] = side2
    side1 = first ? [first] : []
    side2 = rest
    if (
      first &&
      rest.length === 0 &&
      /\brival\b/i.test(text.slice(Math.max(0, first.start - 6), first.end))
    ) {
      side2 = [first]
    }
  }
  // "During those earlier airstrikes, the United States also targeted militia facilities": the
  // trigger sits in a fronted phrase and the main clause after the comma names both sides.
  const head = side2[0]
  if (
    side1.length === 0 &&
    head &&
    !head.value.targetOnly &&
    text.slice(trigger.end, head.start).includes(',')
  ) {
    side1 = [head]
    side2 = side2.slice(1).filter((a) => a.value.key !== head.value.key)
  }
  if (
    side1.length === 0 &&
    options.lastGroup &&
    ANAPHOR.test(text.slice(clause.start, trigger.start))
  ) {
    side1 = [options.lastGroup]
  }
  side1 = distinct(side1)
  const head1 = side1[0]
  // "elders representing the rival clan militias signed a ceasefire": both sides.
  if (head1 && side2.length === 0 && /\brival\b/i.test(head1.words)) side2 = [head1]
  side2 = distinct(side2).filter(
    (a, i) => i > 0 || !head1 || a.value.key !== head1.value.key || /\brival\b/i.test(a.words)
  )
  // Extra actors stay only as associates of the same kind ("African Union troops ... Ugandan soldiers").
  const keep = (side: ActorMention[]): ActorMention[] => {
    const [head, ...rest] = side
    if (!head) return []
    const assoc = rest.find((a) => sameSide(head, a))
    return assoc ? [head, assoc] : [head]
  }
  // "the artillery shelling by the RSF", "an attack by gunmen": the agent of a noun is its actor.
  const agent = after.find(
    (a) =>
      !a.value.targetOnly &&
      /\bby\s+(?:the\s+|a\s+|an\s+)?$/i.test(
        text.slice(Math.max(trigger.end, a.start - 12), a.start)
      )
  )
  if (
    agent &&
    side1[0]?.value.key !== agent.value.key &&
    !PASSIVE.test(text.slice(clause.start, trigger.end + 20))
  ) {
    side2 = [...side1, ...side2.filter((a) => a !== agent)]
    side1 = [agent]
  }
  // "killed in a Houthi missile attack", "the Israeli strikes on Hebbariyeh": the actor named
  // right before a weapon or attack noun is the one using it, passive sentence or not.
  const modifier = nounTrigger(text, trigger)
    ? inClause.find(
        (a) =>
          a.end <= trigger.start &&
          !a.value.targetOnly &&
          a.value.inter !== 7 &&
          MODIFIER_GAP.test(text.slice(a.end, trigger.start)) &&
          !NOT_A_MODIFIER.test(text.slice(a.end, trigger.start))
      )
    : undefined
  if (modifier && side1[0]?.value.key !== modifier.value.key) {
    side2 = side2.filter((a) => a.value.key !== modifier.value.key)
    side1 = [modifier, ...side1.filter((a) => a.value.key !== modifier.value.key)]
  }
  return { side1: keep(side1), side2: keep(side2) }
}
