// Merges mentions of the same event: same type (a protest's sub-types are one event, the most
// severe wins), no conflicting country, town, date, context or actors. Arrests on the day and in
// the town of a protest are folded into it as a protest with intervention, as ACLED codes them.
// Undated mentions of the same kind may join across current/historical ("their drone attacks"
// after "a drone attack"); dated ones never do, so the February strikes stay their own event.
import type { EventContext } from '../../shared/model/event'
import type { ActorMention } from './actor-lexicon'
import type { DateValue, FatalitiesValue, SuggestedValue } from './event-suggestion'
import type { EventMention } from './read-mentions'
import type { TriggerSpec } from './suggest-event-type'
import { severerProtest } from './suggest-event-type'
import { countryOf, type PlaceMention } from './suggest-place'

/** Mentions judged to be one event (before splitting per country). */
export interface EventGroup {
  mentions: EventMention[]
  trigger: SuggestedValue<TriggerSpec>
  subEventType: string
  side1: ActorMention[]
  side2: ActorMention[]
  places: PlaceMention[]
  placeInherited: boolean
  date?: SuggestedValue<DateValue>
  dateInherited: boolean
  context: SuggestedValue<EventContext>
  fatalities: SuggestedValue<FatalitiesValue>[]
}

// "the army" in Somalia is "Somali army troops": relative actors are keyed by the event's country.
const key = (
  side: readonly ActorMention[],
  places: readonly PlaceMention[]
): string | undefined => {
  const a = side[0]?.value
  if (!a) return undefined
  const own = a.country === '@event' ? places.map(countryOf)[0] : a.country
  return a.stateForce && own ? `state:${a.key.split(':')[1]?.split('-')[0]}:${own}` : a.key
}
// Unnamed attackers and victims ("gunmen", "people") may be any named actor of the same event.
const GENERIC = new Set(['builtin:unidentified-armed-group', 'builtin:civilians'])
const clash = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && a !== b
// "Gunmen" may be the named group of the same event, "people" the named victims: never a state.
const fits = (generic: ActorMention | undefined, named: ActorMention | undefined): boolean => {
  const g = generic?.value
  const n = named?.value
  if (!g || !n || !GENERIC.has(g.key)) return false
  return g.key === 'builtin:civilians'
    ? n.inter === 7
    : !n.stateForce && [2, 3, 4].includes(n.inter ?? 0)
}
const sidesClash = (
  a: readonly ActorMention[],
  ka: string | undefined,
  b: readonly ActorMention[],
  kb: string | undefined
): boolean => clash(ka, kb) && !fits(a[0], b[0]) && !fits(b[0], a[0])
const EXPLOSIONS = 'Explosions/Remote violence'
const BOMBS = new Set(['Suicide bomb', 'Remote explosive/landmine/IED'])
const VIOLENT_MEANS = new Set([EXPLOSIONS, 'Battles', 'Violence against civilians'])
// The more telling sub-type of a remote-violence event told in several ways.
const MEANS_RANK: Record<string, number> = {
  'Suicide bomb': 5,
  'Air/drone strike': 4,
  'Shelling/artillery/missile attack': 3,
  Grenade: 2,
  'Chemical weapon': 2,
  'Remote explosive/landmine/IED': 1
}
const town = (places: readonly PlaceMention[]): string | undefined => {
  const p = places.find((x) => x.value.kind !== 'country')
  return p && p.value.kind !== 'country'
    ? `${p.value.place.country}:${p.value.place.name}`
    : undefined
}
const sameDate = (a?: DateValue, b?: DateValue): boolean =>
  !a || !b || (a.date === b.date && a.precision === b.precision)

type Fit = 'none' | 'loose' | 'exact'

function fit(g: EventGroup, m: EventMention): { fit: Fit; swap: boolean; fold: boolean } {
  const none = { fit: 'none' as Fit, swap: false, fold: false }
  const gt = g.trigger.value
  const mt = m.trigger.value
  const crowd = (t: string): boolean => t === 'Protests' || t === 'Riots'
  const protestAndArrest =
    (crowd(gt.eventType) && mt.subEventType === 'Arrests') ||
    (crowd(mt.eventType) && gt.subEventType === 'Arrests')
  // A bombing and a clash told apart by their own dates are two events; a mention without a
  // date of its own that tells "the attack" again is the same one.
  const ownDate = (x: { date?: unknown; dateInherited: boolean }): boolean =>
    !!x.date && !x.dateInherited
  // The hand-to-hand telling must be the one without a day of its own: "clashes ... on Sunday"
  // are not the drone strike told after them with the story's day.
  const handToHand = gt.eventType === EXPLOSIONS ? m : g
  const crossType = gt.eventType !== mt.eventType && !ownDate(handToHand)
  const sameType =
    (gt.eventType === mt.eventType &&
      (gt.eventType === 'Protests' ||
        g.subEventType === m.subEventType ||
        // "a suicide bomb attack" and "the bomb": one bombing told with and without its means.
        (BOMBS.has(g.subEventType) && BOMBS.has(m.subEventType)))) ||
    // "a suicide bomber struck the mosque" then "the attack killed 60": one event, told twice.
    (VIOLENT_MEANS.has(gt.eventType) &&
      VIOLENT_MEANS.has(mt.eventType) &&
      crossType &&
      (gt.eventType === EXPLOSIONS || mt.eventType === EXPLOSIONS))
  if (!sameType && !protestAndArrest) return none
  const gc = new Set(g.places.map(countryOf))
  const mc = new Set(m.places.map(countryOf))
  if (gc.size > 0 && mc.size > 0 && ![...mc].some((c) => gc.has(c))) return none
  if (clash(town(g.places), town(m.places))) return none
  if (!sameDate(g.date?.value, m.date?.value)) return none
  if (protestAndArrest) {
    // Only an arrest on the protest's day (or told with no day of its own), in its country, is
    // part of it: "four men arrested after the riots".
    const arrest = gt.subEventType === 'Arrests' ? g : m
    const protest = arrest === g ? m : g
    if (
      !protest.date ||
      (arrest.date && !arrest.dateInherited && arrest.date.value.date !== protest.date.value.date)
    )
      return none
    return { fit: 'exact', swap: false, fold: true }
  }
  const gc1 = key(g.side1, g.places)
  const gc2 = key(g.side2, g.places)
  const mc1 = key(m.side1, m.places)
  const mc2 = key(m.side2, m.places)
  const straight =
    !sidesClash(g.side1, gc1, m.side1, mc1) && !sidesClash(g.side2, gc2, m.side2, mc2)
  // Sides may be swapped only where the event has no direction: a clash, a protest, a riot.
  // "The groups launched a drone attack" on U.S. troops is not the U.S. strikes on the groups.
  const symmetric =
    gt.eventType === 'Battles' || gt.eventType === 'Protests' || gt.eventType === 'Riots'
  const swap =
    !straight &&
    symmetric &&
    !sidesClash(g.side1, gc1, m.side2, mc2) &&
    !sidesClash(g.side2, gc2, m.side1, mc1)
  // A crowd's event is told by where and when: who stood against it does not tell two apart.
  const crowdEvent = gt.eventType === mt.eventType && crowd(gt.eventType)
  if (!straight && !swap && !crowdEvent) return none
  if (g.context.value === m.context.value) return { fit: 'exact', swap, fold: false }
  const pastOrNow = (c: EventContext): boolean => c === 'current' || c === 'historical'
  // A date carried over from the story's lead does not tell two undated mentions apart.
  const undated = (!g.date || g.dateInherited) && (!m.date || m.dateInherited)
  if (undated && pastOrNow(g.context.value) && pastOrNow(m.context.value)) {
    return { fit: 'loose', swap, fold: false }
  }
  return none
}

function absorb(g: EventGroup, m: EventMention, swap: boolean, fold: boolean): void {
  g.mentions.push(m)
  const [s1, s2] = swap ? [m.side2, m.side1] : [m.side1, m.side2]
  if (g.side1.length === 0 || fits(g.side1[0], s1[0])) g.side1 = s1
  if (g.side2.length === 0 || fits(g.side2[0], s2[0])) g.side2 = s2
  // The means named anywhere decide the type: a bombing told as "the attack" stays a bombing.
  const gt = g.trigger.value.eventType
  const mt = m.trigger.value.eventType
  if (mt === EXPLOSIONS && gt !== EXPLOSIONS) {
    g.trigger = m.trigger
    g.subEventType = m.subEventType
  } else if (
    mt === EXPLOSIONS &&
    gt === EXPLOSIONS &&
    (MEANS_RANK[m.subEventType] ?? 0) > (MEANS_RANK[g.subEventType] ?? 0)
  ) {
    g.subEventType = m.subEventType
  }
  const hasTown = (places: readonly PlaceMention[]): boolean =>
    places.some((p) => p.value.kind !== 'country')
  if ((g.places.length === 0 || g.placeInherited) && m.places.length > 0 && !m.placeInherited) {
    g.places = m.places
    g.placeInherited = false
  } else if (!hasTown(g.places) && hasTown(m.places) && !m.placeInherited) {
    // "in Russia" first, "buildings in Moscow" later: the town says more.
    const countries = new Set(g.places.map(countryOf))
    const towns = m.places.filter((p) => countries.size === 0 || countries.has(countryOf(p)))
    if (towns.length > 0) g.places = towns
  }
  if (m.date && (!g.date || (g.dateInherited && !m.dateInherited))) {
    g.date = m.date
    g.dateInherited = m.dateInherited
  }
  g.fatalities.push(...m.fatalities)
  if (fold) {
    if (g.trigger.value.eventType !== 'Protests') {
      g.trigger = m.trigger
      g.subEventType = m.subEventType
    }
    g.subEventType = severerProtest(g.subEventType, 'Protest with intervention')
  } else if (g.trigger.value.eventType === 'Protests') {
    g.subEventType = severerProtest(g.subEventType, m.subEventType)
  }
}

/** Groups mentions into events, in the order each event is first mentioned. */
export function mergeMentions(mentions: readonly EventMention[]): EventGroup[] {
  const groups: EventGroup[] = []
  for (const m of mentions) {
    let best: { g: EventGroup; swap: boolean; fold: boolean } | null = null
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i] as EventGroup
      const f = fit(g, m)
      if (f.fit === 'exact') {
        best = { g, swap: f.swap, fold: f.fold }
        break
      }
      if (f.fit === 'loose' && !best) best = { g, swap: f.swap, fold: f.fold }
    }
    if (best) absorb(best.g, m, best.swap, best.fold)
    else {
      groups.push({
        mentions: [m],
        trigger: m.trigger,
        subEventType: m.subEventType,
        side1: m.side1,
        side2: m.side2,
        places: m.places,
        placeInherited: m.placeInherited,
        date: m.date,
        dateInherited: m.dateInherited,
        context: m.context,
        fatalities: [...m.fatalities]
      })
    }
  }
  return foldArrests(groups)
}

// "Four men arrested after the riots", told before or after the riot itself: an arrest at a
// protest or riot is part of it (ACLED), when the report has one such event in that country and
// the arrest has no other day of its own.
function foldArrests(groups: EventGroup[]): EventGroup[] {
  const crowds = groups.filter(
    (g) =>
      (g.trigger.value.eventType === 'Protests' || g.trigger.value.eventType === 'Riots') &&
      g.context.value === 'current'
  )
  const riots = crowds.filter((c) => c.trigger.value.eventType === 'Riots')
  return groups.filter((g) => {
    // "Other demonstrators were treated after police fired tear gas", told of a riot that day:
    // the demonstration that turned into the riot is the riot.
    if (g.trigger.value.eventType === 'Protests' && riots.length === 1 && riots[0] !== g) {
      const riot = riots[0] as EventGroup
      const sameDay =
        !g.date || g.dateInherited || !riot.date || g.date.value.date === riot.date.value.date
      const gc = g.places.map(countryOf)
      const rc = new Set(riot.places.map(countryOf))
      if (
        sameDay &&
        !clash(town(g.places), town(riot.places)) &&
        (gc.length === 0 || rc.size === 0 || gc.some((c) => rc.has(c)))
      ) {
        riot.mentions.push(...g.mentions)
        return false
      }
    }
    if (g.subEventType !== 'Arrests' || g.context.value !== 'current') return true
    const countries = new Set(g.places.map(countryOf))
    const own = g.date && !g.dateInherited ? g.date.value.date : undefined
    const candidates = crowds.filter((c) => {
      const cc = c.places.map(countryOf)
      const sameCountry =
        countries.size === 0 || cc.length === 0 || cc.some((x) => countries.has(x))
      return sameCountry && (!own || !c.date || c.date.value.date === own)
    })
    const [crowd] = candidates
    if (candidates.length !== 1 || !crowd) return true
    crowd.mentions.push(...g.mentions)
    if (crowd.trigger.value.eventType === 'Protests') {
      crowd.subEventType = severerProtest(crowd.subEventType, 'Protest with intervention')
    }
    return false
  })
}
