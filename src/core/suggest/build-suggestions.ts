// Turns an event group into the suggestions the form shows: one per country (ACLED atomicity:
// strikes "in Iraq and Syria" are two events), actors coded for that country, one reported
// figure divided between the events it covers, and every value with the words it came from.
import { typeOfSubType } from '../events/acled-codebook'
import { ontologyCodeOf } from '../events/ontology-code-of'
import type { EventActor } from '../../shared/model/event'
import { codeActor, type ActorMention, type LexiconActor } from './actor-lexicon'
import type { DateValue, EventSuggestion, SuggestedValue, TextSpan } from './event-suggestion'
import type { EventGroup } from './merge-mentions'
import { mostConservative, splitFatalities } from './suggest-fatalities'
import { findCountry } from './place-gazetteer'
import { countryOf, suggestPlace, type PlaceMention } from './suggest-place'

const IMPLIED_CROWD: Partial<Record<string, LexiconActor>> = {
  Protests: {
    key: 'builtin:protesters',
    actorId: null,
    name: 'Protesters ({country})',
    inter: 6,
    country: '@event',
    stateForce: false
  },
  Riots: {
    key: 'builtin:rioters',
    actorId: null,
    name: 'Rioters ({country})',
    inter: 5,
    country: '@event',
    stateForce: false
  }
}

const IMPLIED = {
  civilians: {
    key: 'builtin:civilians',
    actorId: null,
    name: 'Civilians ({country})',
    inter: 7,
    country: '@event',
    stateForce: false
  } satisfies LexiconActor,
  armedGroup: {
    key: 'builtin:unidentified-armed-group',
    actorId: null,
    name: 'Unidentified Armed Group ({country})',
    inter: 3,
    country: '@event',
    stateForce: false
  } satisfies LexiconActor
}

// Implied actors are ACLED's practice but not the text's words; a bare country ("Iran said")
// is as often a place or a government speaking as its forces acting.
function actorConfidence(m: ActorMention, subject: boolean): number {
  if (m.firstToken === -1) {
    if (m.value.inter === 5 || m.value.inter === 6) return 0.8
    return m.value.inter === 7 ? 0.6 : 0.55
  }
  // "the United States carried out airstrikes": a bare country right before the act is its state.
  return m.value.bare && !subject ? 0.45 : 0.85
}

// A few words between an actor and a trigger, none of them saying or blaming.
const SUBJECT_GAP = /^\s+(?:(?!said|says|accused|blamed|told|claimed|denied)[\w'’-]+\s+){0,3}$/i

const VAGUE_WORDS = /^(?:a few|a couple|several|many|numerous|a number|a handful|some)\b/i
/** Below this a value is only offered: the field stays empty for the analyst to confirm. */
export const CONFIDENCE_THRESHOLD = 0.5

// Values read with too little certainty leave their field empty and are offered instead, so the
// analyst confirms a value rather than correcting one (precision first).
function offerBelowThreshold(s: EventSuggestion): void {
  const fields = ['actor1', 'actor2', 'country', 'location', 'eventDate', 'fatalities'] as const
  for (const field of fields) {
    const v = s[field]
    if (!v || (v.confidence ?? 1) >= CONFIDENCE_THRESHOLD) continue
    const candidates = (s.candidates ??= {}) as Record<string, SuggestedValue<unknown>[]>
    candidates[field] = [v, ...(candidates[field] ?? [])]
    delete s[field]
    // An associate has no field of its own to be confirmed in without its actor.
    if (field === 'actor1') delete s.assocActor1
    if (field === 'actor2') delete s.assocActor2
  }
}

function asForces(m: ActorMention, forces = 'Military Forces of '): ActorMention {
  const a = m.value
  if (!a.stateForce || !a.name.startsWith('Government of ')) return m
  const branch = forces.startsWith('Police') ? 'police' : 'military'
  return {
    ...m,
    value: {
      ...a,
      key: a.key.replace('government', branch),
      name: a.name.replace('Government of ', forces)
    }
  }
}

const span = (m: {
  start: number
  end: number
  words: string
}): Omit<SuggestedValue<never>, 'value'> => ({
  start: m.start,
  end: m.end,
  words: m.words
})

function uniqueSpans(spans: readonly TextSpan[]): TextSpan[] {
  const seen = new Set<string>()
  return spans
    .filter((s) => !seen.has(`${s.start}:${s.end}`) && seen.add(`${s.start}:${s.end}`))
    .map((s) => ({ start: s.start, end: s.end }))
}

function named(group: EventGroup): EventSuggestion['mentions'] {
  const countries = new Map<string, string>()
  const dates = new Map<string, DateValue>()
  for (const m of group.mentions) {
    // Where the event happened is what splits it: places named with "in", "near"… count, and
    // the actors' own countries ("the United States carried out…", "American personnel") do not.
    const locative = m.named.places.filter((p) => p.locative)
    for (const p of locative.length > 0 ? locative : m.named.places) {
      const code = countryOf(p)
      const name =
        p.value.kind === 'country' ? p.value.country.name : suggestPlace(p).country?.value.name
      if (name && !countries.has(code)) countries.set(code, name)
    }
    for (const d of m.named.dates) dates.set(`${d.value.date}/${d.value.precision}`, d.value)
  }
  return {
    countries: [...countries].map(([code, name]) => ({ code, name })),
    dates: [...dates.values()]
  }
}

/** One suggestion per country the group's places are in (one with no country if none). */
export function buildSuggestions(
  group: EventGroup,
  placed: readonly PlaceMention[],
  counts: ReadonlyMap<string, number> = new Map(),
  text = ''
): EventSuggestion[] {
  const placedCountries = placed.map(countryOf)
  let places = group.places
  let inherited = group.placeInherited
  // Nothing placed here, but the whole article is about one country: that one; or else the
  // country the article names most, if it names it more than any other.
  const ranked = [...placed].sort(
    (a, b) => (counts.get(countryOf(b)) ?? 0) - (counts.get(countryOf(a)) ?? 0)
  )
  const [only, second] = ranked
  const leads =
    !second ||
    (counts.get(countryOf(only as PlaceMention)) ?? 0) > (counts.get(countryOf(second)) ?? 0)
  if (places.length === 0 && only && leads) {
    const country = findCountry(countryOf(only))
    places = country ? [{ ...only, value: { kind: 'country', country, demonym: false } }] : []
    inherited = true
  }
  const countries = [...new Set(places.map(countryOf))]
  const parts = Math.max(1, countries.length)
  const figure = mostConservative(group.fatalities)
  const first = group.mentions[0]
  const passages = uniqueSpans(group.mentions.map((m) => m.sentence))
  const mentions = named(group)
  const trigger = group.trigger
  // "Gondar and Lalibela were among the towns where the militia overran the army": one event
  // per town named together, as ACLED codes one event per location.
  const together = places.filter((p) => p.coordinated && p.value.kind === 'city')
  const units: { code: string; town?: PlaceMention }[] =
    together.length > 1 && countries.length === 1
      ? together.map((t) => ({ code: countryOf(t), town: t }))
      : (countries.length > 0 ? countries : ['']).map((code) => ({ code }))
  const shares = Math.max(parts, units.length)
  return units.map(({ code, town }, index) => {
    const here = places.filter((p) => countryOf(p) === code)
    const best =
      town ??
      here.find((p) => p.value.kind === 'city') ??
      here.find((p) => p.value.kind === 'admin1') ??
      here[0]
    const place = best ? suggestPlace(best, inherited) : {}
    let side1 = group.side1
    let side2 = group.side2
    // Protesters and rioters are actor 1 of their own events, as ACLED lists them.
    const crowd = (s: readonly ActorMention[]): boolean =>
      s[0]?.value.inter === 6 || s[0]?.value.inter === 5
    if (crowd(side2) && !crowd(side1)) [side1, side2] = [side2, side1]
    // Every protest has its protesters and every riot its rioters, named or not (ACLED).
    const implied = IMPLIED_CROWD[trigger.value.eventType]
    if (implied && side1[0]?.value.inter !== implied.inter) {
      const m: ActorMention = { ...trigger, value: implied, firstToken: -1, endToken: -1 }
      // "Hundreds of students protested": the civilians named are the protesters themselves.
      if (side1.length > 0 && side1[0]?.value.inter !== 7) side2 = side1
      side1 = [m]
    }
    // A government does not fight: in a battle, a bombing or an attack it is its forces (ACLED);
    // facing a crowd, its police.
    if (
      trigger.value.eventType === 'Battles' ||
      trigger.value.eventType === 'Explosions/Remote violence' ||
      trigger.value.eventType === 'Violence against civilians'
    ) {
      side1 = side1.map((m) => asForces(m))
      side2 = side2.map((m) => asForces(m))
      // Civilians are the ones hit, never the attackers: "29 people were killed in a missile
      // attack" names the victims first; so are "the army post" and its like.
      if (
        side1[0]?.value.targetOnly ||
        (side1[0] && side1[0].value.name === side2[0]?.value.name)
      ) {
        if (side2.length === 0) side2 = side1
        side1 = []
      }
      if (side1[0]?.value.inter === 7) {
        if (side2.length === 0 || side2[0]?.value.inter === 7) side2 = side1
        side1 = []
      }
    } else if (trigger.value.eventType === 'Protests' || trigger.value.eventType === 'Riots') {
      side2 = side2.map((m) => asForces(m, 'Police Forces of '))
    }
    // ACLED codes every attack's victims and every unclaimed attack's attackers, named or not:
    // the civilians hit by an attack or a bombing with no armed target, the unidentified armed
    // group behind a bombing, an ambush or a massacre nobody is named for.
    const type = trigger.value.eventType
    const hit = (s: readonly ActorMention[]): boolean => s.length > 0
    if (
      (type === 'Violence against civilians' || type === 'Explosions/Remote violence') &&
      !hit(side2) &&
      hit(side1)
    ) {
      side2 = [{ ...trigger, value: IMPLIED.civilians, firstToken: -1, endToken: -1 }]
    }
    const unclaimed =
      type === 'Violence against civilians' ||
      type === 'Battles' ||
      (type === 'Explosions/Remote violence' && group.subEventType !== 'Air/drone strike')
    const remoteOrAttack =
      type === 'Violence against civilians' ||
      (type === 'Explosions/Remote violence' && group.subEventType !== 'Air/drone strike')
    if (remoteOrAttack && !hit(side1) && !hit(side2)) {
      side2 = [{ ...trigger, value: IMPLIED.civilians, firstToken: -1, endToken: -1 }]
    }
    if (unclaimed && !hit(side1) && hit(side2)) {
      side1 = [{ ...trigger, value: IMPLIED.armedGroup, firstToken: -1, endToken: -1 }]
    }
    const subjectOf = (m: ActorMention): boolean =>
      group.mentions.some(
        (x) => x.trigger.start >= m.end && SUBJECT_GAP.test(text.slice(m.end, x.trigger.start))
      )
    const coded = (m: ActorMention | undefined): SuggestedValue<EventActor> | undefined =>
      m
        ? {
            value: codeActor(m.value, code, placedCountries),
            ...span(m),
            confidence: actorConfidence(m, subjectOf(m))
          }
        : undefined
    // The code of the sub-type the event ended with (a violent act read as a battle or an
    // attack by who was hit), the trigger's own only where it is still that sub-type.
    const cameo =
      (trigger.value.subEventType === group.subEventType ? trigger.value.code : undefined) ??
      ontologyCodeOf(group.subEventType)
    const s: EventSuggestion = {
      // The type is the sub-type's own in the codebook, so the two never disagree.
      eventType: {
        value: typeOfSubType(group.subEventType) ?? trigger.value.eventType,
        ...span(trigger)
      },
      subEventType: { value: group.subEventType, ...span(trigger) },
      ...(cameo ? { ontologyCode: { value: cameo, ...span(trigger) } } : {}),
      context: group.context,
      passage: first
        ? { start: first.sentence.start, end: first.sentence.end }
        : { start: trigger.start, end: trigger.end },
      passages,
      mentions,
      confidence: 0
    }
    const actors = {
      actor1: coded(side1[0]),
      assocActor1: coded(side1[1]),
      actor2: coded(side2[0]),
      assocActor2: coded(side2[1])
    }
    for (const [k, v] of Object.entries(actors)) if (v) s[k as keyof typeof actors] = v
    if (place.country) s.country = place.country
    if (place.admin1) s.admin1 = place.admin1
    if (place.location) s.location = place.location
    if (place.alternatives) s.candidates = { location: place.alternatives }
    if (group.date) s.eventDate = { ...group.date, confidence: group.dateInherited ? 0.6 : 0.9 }
    if (figure) {
      const value = splitFatalities(figure.value, shares, index)
      const vague = VAGUE_WORDS.test(figure.value.phrase)
      s.fatalities = { ...figure, value, confidence: vague ? 0.4 : value.split ? 0.6 : 0.85 }
    }
    offerBelowThreshold(s)
    // Type is always read here; actor, country and date count half when carried from elsewhere.
    const score =
      1 +
      (s.actor1 ? 1 : 0) +
      (s.country ? (inherited ? 0.5 : 1) : 0) +
      (s.eventDate ? (group.dateInherited ? 0.5 : 1) : 0)
    s.confidence = Math.round((score / 4) * 100) / 100
    return s
  })
}
