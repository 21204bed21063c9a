// Reads an article sentence by sentence into event mentions: one per trigger (or per echo such as
// "following the ones back in February"), each with its sides, places, date, fatality figures
// and context. The story's date carries over to later current mentions that give none, and a
// figure in a sentence without a trigger ("The strikes killed several...") goes to the last
// violent mention. Merging duplicate mentions into events is merge-mentions.ts's job.
import type { DateValue, FatalitiesValue, SuggestedValue, TextSpan } from './event-suggestion'
import type { ActorMention, Lexicon } from './actor-lexicon'
import { assignActors, isSource } from './assign-actors'
import { notAnEvent } from './not-an-event'
import { isFurniture } from './page-furniture'
import { discoverActors } from './discover-actors'
import { tokenAt, tokenize, type PhraseMatch, type Token } from './phrase-matcher'
import { splitSentences, type Sentence } from './split-sentences'
import { suggestContext } from './suggest-context'
import { findDates } from './suggest-date'
import { findFatalities } from './suggest-fatalities'
import { findTriggers, pickReading, protestSubType, type TriggerSpec } from './suggest-event-type'
import { findCountry, placeMatcher, type PlaceRef } from './place-gazetteer'
import { discoverSettlements } from './discover-settlements'
import {
  findPlaces,
  countryOf,
  capitalMention,
  type PlaceMention,
  type TownContext
} from './suggest-place'
import { loadGazetteer, type Gazetteer } from '../geo'
import type { EventContext } from '../../shared/model/event'

/** One mention of an event in one sentence. */
export interface EventMention {
  sentence: Sentence
  clause: TextSpan
  trigger: SuggestedValue<TriggerSpec>
  subEventType: string
  side1: ActorMention[]
  side2: ActorMention[]
  /** Places for the event, best first; several countries mean one event per country. */
  places: PlaceMention[]
  /** Place carried over from an earlier sentence (no place named here). */
  placeInherited: boolean
  date?: SuggestedValue<DateValue>
  dateInherited: boolean
  fatalities: SuggestedValue<FatalitiesValue>[]
  context: SuggestedValue<EventContext>
  /** Countries and dates named in the sentence, for split proposals. */
  named: { places: PlaceMention[]; dates: SuggestedValue<DateValue>[] }
}

export interface ReadOptions {
  publishedAt?: string
  lexicon: Lexicon
  /** The towns to read places from; the bundled GeoNames gazetteer when left out. */
  gazetteer?: Gazetteer
}

/** Every country the text names or whose demonym it uses (alpha-3), with how often. */
function countriesNamed(places: readonly PhraseMatch<PlaceRef>[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const p of places) {
    if (p.value.kind === 'country')
      out.set(p.value.country.code, (out.get(p.value.country.code) ?? 0) + 1)
  }
  return out
}

/** The article read once: tokens, sentences, and the mentions found in them. */
export interface ArticleReading {
  text: string
  sentences: Sentence[]
  mentions: EventMention[]
  /** The first place the article puts anything in, per country: for unplaced events and inter codes. */
  placed: PlaceMention[]
  /** How often the article names each country (alpha-3): the report's main country leads. */
  countryCounts: ReadonlyMap<string, number>
  /** The gazetteer and what the report says of its places, for reading a passage's towns. */
  towns: TownContext
}

// Clause edges: ", while ...", "; ", " — ", ", saying ...", " after a ...".
const CLAUSE_BREAK =
  /,\s+(?=(?:with|while|whereas|but|following|after|as|although|though|and then|saying|adding|claiming)\b)|;\s+|\s+[—–]\s+|\s+(?=(?:after|before|following|until|because)\s+(?:a|an|the|their|its)\b)|\s+(?=in (?:response|retaliation|revenge|reprisal) (?:to|for)\b)|,?\s+and\s+(?=(?:a few|several|some|two|three|four|five|\d+)\s+(?:days?|hours?|weeks?|months?)\s+(?:earlier|later|before|after)\b)/g
const ECHO =
  /\b(?:the ones|those|the previous ones|similar ones|the last ones|the earlier ones|the one)\b/i
const CLAIM =
  /\b(?:claimed (?:responsibility|the (?:attack|bombing|abduction|killing))|(?:said|says) (?:that )?it (?:had )?carried out|carried out the (?:attack|bombing))\b/i
const NO_CLAIM = /\bno (?:group|one)\b/i
const SAID = /\b(?:said|says|announced|reported|told|added|stated|confirmed)\s+(?:\w+\s+)?$/i
// "were killed", "was fatally wounded", "have been attacked": the subject is the one hit.
const ANAPHOR_PHRASE =
  /\b(?:the|this|that|Sunday['’]s|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s|Saturday['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attack|attacks|bloodshed|incident|violence|assault|raid|bombing|blast|explosion|shooting|ambush|massacre|killings?|clashes|fighting|strike|strikes|shelling|kidnapping|abduction)\b(?!\s+(?:on|against|in)\s+(?:another|a|an)\b)/i
const THE_TOWN = /\b(?:the|that|this)\s+(?:city|town|village|camp|city['’]s|town['’]s)\b/i
const SAID_AFTER_DATE = /^\s*\)?\s*(?:\([^)]*\)\s*)?(?:claimed|announced|denied|admitted)\b/i
const OFFSET =
  /\b(a|an|one|two|three|four|five|six|seven|\d+)\s+(days?|weeks?)\s+(after|before|later than|earlier than)\s+(?:[\w'’-]+\s+){0,5}$/i
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7
}
const shiftDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
// Two trigger words at most one word apart ("artillery strike", "missile and rocket attack").
const adjacent = (tokens: readonly Token[], a: TextSpan, b: { firstToken: number }): boolean =>
  b.firstToken - tokenAt(tokens, a.end) <= 1
const OTHER_TIME =
  /\b(?:earlier|previous|past|prior|former|last|first|second|other|similar|february|march|april|june|july|august|september|october|november|december|january)\s+(?:[\w-]+\s+)?$/i
const ANOTHER = /\b(?:another|a further|a second|a third|a similar)\s+(?:[\w-]+\s+){0,3}$/i
const REDUCED_PASSIVE = /^\s+(?:in|by|during|when|while|as|after|near|at)\b/i
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$/i
const EXPLOSIONS = 'Explosions/Remote violence'
const YEAR_ONLY = /\b(?:in|since|during|by|of|until)\s+((?:19|20)\d\d)\b/i
const CASUALTY = /^(?:killed|killing|kill|kills|died|dead|fatally wounded|shot dead)$/i
const HAND_TO_HAND = new Set(['Battles', 'Violence against civilians'])
const ANAPHOR_NOUN =
  /^(?:attack|attacks|assault|raid|strike|strikes|air ?strikes?|blast|blasts|explosion|explosions|bombing|shooting|ambush|massacre|killings?|clashes|fighting|abduction|kidnapping|shelling)$/i
const DEFINITE_BEFORE =
  /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[A-Za-z]+day['’]s|yesterday['’]s|last week['’]s)\s+(?:[a-z-]+\s+){0,3}$/
const VIOLENT = new Set([
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Riots',
  'Protests'
])

function clausesOf(text: string, s: Sentence): TextSpan[] {
  const body = text.slice(s.start, s.end)
  const spans: TextSpan[] = []
  let at = 0
  for (const m of body.matchAll(CLAUSE_BREAK)) {
    spans.push({ start: s.start + at, end: s.start + m.index })
    at = m.index + m[0].length
  }
  spans.push({ start: s.start + at, end: s.end })
  return spans
}

const within = (span: TextSpan, x: TextSpan): boolean => x.start >= span.start && x.end <= span.end

const isCapital = (p: PlaceMention): boolean =>
  p.value.kind === 'city' && findCountry(p.value.place.country)?.capital === p.value.place.name

function placesFor(clause: TextSpan, places: readonly PlaceMention[]): PlaceMention[] {
  const real = places.filter((p) => !(p.value.kind === 'country' && p.value.demonym))
  const town = (p: PlaceMention): boolean => p.value.kind !== 'country'
  const city = (p: PlaceMention): boolean => p.value.kind === 'city'
  const tiers = [
    // "near Iguala, in the southern state of Guerrero": the town before its province.
    real.filter((p) => p.locative && within(clause, p) && city(p)),
    real.filter((p) => p.locative && within(clause, p) && town(p)),
    real.filter((p) => p.locative && within(clause, p)),
    // A town of this clause, even told without "in", before one of another clause.
    real.filter((p) => city(p) && within(clause, p) && !isCapital(p)),
    real.filter((p) => p.locative && town(p)),
    // Outside a locative phrase a capital is mostly the government ("to restrain Ankara"), but
    // another town is where things happen ("Gondar and Lalibela were among the towns where...").
    real.filter((p) => town(p) && !isCapital(p)),
    real.filter((p) => p.locative)
  ]
  return tiers.find((t) => t.length > 0) ?? []
}

/** Reads every sentence of `text` into event mentions. */
export function readMentions(text: string, options: ReadOptions): ArticleReading {
  const { publishedAt } = options
  const tokens: Token[] = tokenize(text)
  const lexicon = options.lexicon.extend(discoverActors(text, tokens))
  // Countries and provinces named anywhere in the report, read once for both uses below.
  const named = placeMatcher().match(text, tokens)
  const towns: TownContext = {
    gazetteer: options.gazetteer ?? loadGazetteer(),
    countries: countriesNamed(named),
    settlements: discoverSettlements(text, tokens, named)
  }
  const sentences = splitSentences(text)
  const mentions: EventMention[] = []
  const placed = new Map<string, PlaceMention>()
  let story: SuggestedValue<DateValue> | undefined
  let lastGroup: ActorMention | null = null
  let lastPlaces: { paragraph: number; places: PlaceMention[] } | null = null
  const groupsNamed = new Map<string, ActorMention>()
  let lastTown: PlaceMention | null = null

  for (const s of sentences) {
    if (isFurniture(text, s, sentences)) continue
    const [from, to] = [tokenAt(tokens, s.start), tokenAt(tokens, s.end)]
    const places = findPlaces(text, tokens, from, to, towns)
    const locativeCountries = places.filter((p) => p.locative && p.value.kind === 'country')
    // "in Iraq" is a place, not the Iraqi state acting.
    const actors = lexicon
      .find(text, tokens, from, to, places)
      .filter(
        (a) =>
          !(a.value.bare && locativeCountries.some((p) => p.start <= a.start && p.end >= a.end))
      )
    const triggers = findTriggers(text, tokens, from, to)
    // Dates only matter where something happens: chrono, the slow part, skips the other sentences.
    const dates = triggers.length > 0 ? findDates(text, s.start, s.end, publishedAt) : []
    const figures = findFatalities(text, s.start, s.end)
    const clauses = clausesOf(text, s)
    const sentenceText = text.slice(s.start, s.end)
    const found: EventMention[] = []
    const referred: EventMention[] = []
    for (const p of places) {
      const code = countryOf(p)
      const real = p.locative || (p.value.kind !== 'country' && !isCapital(p))
      if (real && !placed.has(code)) placed.set(code, p)
    }

    for (const t of triggers) {
      const clause = clauses.find((c) => t.start >= c.start && t.start < c.end) ?? s
      const inClause = actors.filter((a) => within(clause, a) && !isSource(text, a))
      let spec = pickReading(t.value, text.slice(clause.start, clause.end), {
        inClause: new Set(inClause.map((a) => a.value.inter ?? 0)),
        afterTrigger: new Set(
          inClause.filter((a) => a.start >= t.end).map((a) => a.value.inter ?? 0)
        ),
        beforeTrigger: new Set(
          inClause.filter((a) => a.end <= t.start).map((a) => a.value.inter ?? 0)
        ),
        stateBefore: inClause.some(
          (a) => a.value.stateForce && a.endToken >= t.firstToken - 1 && a.end <= t.start
        ),
        passive:
          PASSIVE_BEFORE.test(text.slice(Math.max(clause.start, t.start - 30), t.start)) ||
          // "13 police officers killed in an ambush": a participle after its noun is passive.
          (/ed$/i.test(t.words) && REDUCED_PASSIVE.test(text.slice(t.end, t.end + 12)))
      })
      if (!spec || notAnEvent(text, t, clause, actors, found)) continue
      // "Al-Shabab, which claimed responsibility for the attack, said it killed 50 soldiers": a
      // claim tells of the attack already reported; its figures and claimant go to that one.
      const claimedEvent =
        CLAIM.test(sentenceText) && !NO_CLAIM.test(sentenceText) ? lastEvent(mentions) : undefined
      if (claimedEvent) {
        referred.push(claimedEvent)
        continue
      }
      // "the attack", "the brazen assault", "Sunday's blast": a noun pointing back at an event
      // already reported adds its details to that one rather than making another.
      // ("those earlier airstrikes", "the previous attack" are another, earlier event.)
      const determiner = text.slice(Math.max(clause.start, t.start - 30), t.start)
      if (
        !OTHER_TIME.test(determiner) &&
        ANAPHOR_NOUN.test(t.words.split(/\s+/).pop() ?? '') &&
        DEFINITE_BEFORE.test(text.slice(Math.max(clause.start, t.start - 30), t.start))
      ) {
        const ref = found[found.length - 1] ?? lastEvent(mentions)
        if (ref) {
          referred.push(ref)
          continue
        }
      }
      let subEventType =
        spec.eventType === 'Protests'
          ? protestSubType(spec.subEventType, sentenceText)
          : spec.subEventType
      // "another ISIS-claimed attack", "killed in another airstrike": one more of the kind just
      // told, a bombing if the last one was.
      const lastTold = lastEvent(mentions)
      if (
        ANOTHER.test(text.slice(Math.max(clause.start, t.start - 40), t.start)) &&
        lastTold?.trigger.value.eventType === EXPLOSIONS &&
        HAND_TO_HAND.has(spec.eventType)
      ) {
        spec = lastTold.trigger.value
        subEventType = lastTold.subEventType
      }
      // One mention per kind of event in a clause ("tear gas and water cannon"); and a remote
      // weapon names the event in its clause ("a missile hit the mosque, killing 13" is a missile
      // attack, not also an attack): ACLED codes the means before the victims.
      const twin = found.find(
        (m) =>
          m.clause === clause &&
          ((m.trigger.value.eventType === spec.eventType &&
            (spec.eventType === 'Protests' ||
              m.subEventType === subEventType ||
              // "an artillery strike", "a missile attack": two words for one weapon.
              (spec.eventType === EXPLOSIONS &&
                m.trigger.value.eventType === EXPLOSIONS &&
                adjacent(tokens, m.trigger, t)))) ||
            (m.trigger.value.eventType === EXPLOSIONS && HAND_TO_HAND.has(spec.eventType)))
      )
      if (twin) continue
      if (spec.eventType === EXPLOSIONS) {
        for (let k = found.length - 1; k >= 0; k--) {
          const m = found[k] as EventMention
          if (m.clause === clause && HAND_TO_HAND.has(m.trigger.value.eventType)) {
            found.splice(k, 1)
          }
        }
      }
      const isThreat = spec.subEventType === 'Other'
      // What a threat is about ("threatening to respond to the round of U.S. airstrikes",
      // "threatened further attacks") is part of the threat, not an event of its own.
      if (found.some((m) => m.clause === clause && m.trigger.value.subEventType === 'Other'))
        continue
      // "said on Sunday that its jets had bombed ... on Friday": the first is the report's date.
      // A date after publication is what someone plans or threatens, not when this happened.
      const eventDates = dates.filter(
        (d) =>
          !SAID.test(text.slice(Math.max(s.start, d.start - 25), d.start)) &&
          // "ISIS on Saturday (Oct 16) claimed responsibility": the day of the claim.
          !SAID_AFTER_DATE.test(text.slice(d.end, d.end + 30)) &&
          !(publishedAt && d.value.date > publishedAt)
      )
      // The clause's own date first; else the nearest one before it in the sentence.
      const ownDate =
        eventDates.find((d) => within(clause, d)) ??
        eventDates.filter((d) => d.end <= clause.start).pop()
      const reading = suggestContext(text, clause.start, t.start, t.end, {
        isThreat,
        ownDate: ownDate?.value,
        publishedAt
      })
      let context = reading.context
      let date = ownDate
      // "seized the north of the country in 2012": a year alone is no ACLED date, but it says
      // the event is not the story's, so the story's day is not carried over to it.
      const year = YEAR_ONLY.exec(text.slice(clause.start, clause.end))?.[1]
      const pastYear =
        !ownDate && year !== undefined && (!publishedAt || year < publishedAt.slice(0, 4))
      if (pastYear && context.value === 'current') {
        context = { ...context, value: 'historical' }
      }
      const inherit =
        !ownDate && !pastYear && !reading.anterior && (context.value === 'current' || isThreat)
      if (inherit) date = story
      // "The Friday assault came just a week after another attack", "a day after a car bomb blew
      // up": that one's day is counted back from the day told before it.
      const offset = OFFSET.exec(text.slice(s.start, t.start))
      const base = ownDate && ownDate.start < t.start ? ownDate : story
      if (offset && base?.value.precision === 1) {
        const n = /^\d+$/.test(offset[1] ?? '')
          ? Number(offset[1])
          : (NUMBER_WORDS[(offset[1] ?? '').toLowerCase()] ?? 1)
        const days =
          n *
          (/week/i.test(offset[2] ?? '') ? 7 : 1) *
          (/after|later/i.test(offset[3] ?? '') ? -1 : 1)
        date = { ...base, value: { date: shiftDays(base.value.date, days), precision: 1 } }
      }
      let eventPlaces = placesFor(clause, places)
      // "gained control of Gondar ... and entered the holy town of Lalibela": where a clause tells
      // two acts in two towns, each act is in the town told after it, before the next act.
      const cities = eventPlaces.filter((p) => p.value.kind === 'city')
      const nextAct = triggers.find((x) => x.start > t.end && within(clause, x))
      if (cities.length > 1 && nextAct) {
        const own = cities.find((p) => p.start > t.end && p.end <= nextAct.start)
        if (own) eventPlaces = [own, ...eventPlaces.filter((p) => p !== own)]
      } else if (cities.length > 1) {
        const previousAct = [...triggers]
          .reverse()
          .find((x) => x.end < t.start && within(clause, x))
        const own = previousAct && cities.find((p) => p.start > t.end)
        if (own) eventPlaces = [own, ...eventPlaces.filter((p) => p !== own)]
      }
      let placeInherited = false
      // "in the east of the city", "the village": the town last named, wherever it was.
      if (
        eventPlaces.every((p) => p.value.kind !== 'city') &&
        lastTown &&
        THE_TOWN.test(text.slice(clause.start, clause.end))
      ) {
        const [here] = eventPlaces
        if (!here || countryOf(here) === countryOf(lastTown)) {
          eventPlaces = [lastTown]
          placeInherited = true
        }
      }
      if (eventPlaces.length === 0 && lastPlaces?.paragraph === s.paragraph) {
        const countries = new Set(lastPlaces.places.map(countryOf))
        const [only] = countries
        const capital =
          only && countries.size === 1 ? capitalMention(text, only, s.start, s.end) : null
        eventPlaces = capital ? [capital] : countries.size === 1 ? lastPlaces.places : []
        placeInherited = !capital && eventPlaces.length > 0
      }
      const sides = assignActors(text, actors, clause, t, { lastGroup, isThreat })
      // "killing 11 villagers and abducting 20 others": the second verb shares the first's
      // subject, and the actor just before it is the first one's object.
      const head = sides.side1[0]
      const previous = found.find((m) => m.clause === clause && m.side2[0] === head)
      if (head && previous && previous.side1.length > 0) {
        sides.side1 = previous.side1
        sides.side2 = sides.side2.length > 0 ? sides.side2 : []
      }
      found.push({
        sentence: s,
        clause,
        trigger: { value: spec, start: t.start, end: t.end, words: t.words },
        subEventType,
        ...sides,
        places: eventPlaces,
        placeInherited,
        date,
        dateInherited: date !== undefined && date === story && !ownDate,
        fatalities: [],
        context,
        named: { places, dates }
      })
      if (ownDate && context.value === 'current' && !isThreat) story = ownDate
    }

    // "At least two people were killed ... after armed groups engaged in a heavy gunfight": a
    // death told beside the act that caused it is that act's toll, not an event of its own.
    for (let k = found.length - 1; k >= 0; k--) {
      const m = found[k] as EventMention
      if (!CASUALTY.test(m.trigger.words) || !HAND_TO_HAND.has(m.trigger.value.eventType)) continue
      const cause = found.find(
        (x) =>
          x !== m &&
          x.clause === m.clause &&
          VIOLENT.has(x.trigger.value.eventType) &&
          !CASUALTY.test(x.trigger.words)
      )
      if (!cause) continue
      if (cause.side1.length === 0) cause.side1 = m.side1
      if (cause.side2.length === 0) cause.side2 = m.side2
      found.splice(k, 1)
    }

    // "following the ones back in February": an earlier event of the same kind, with its own date.
    const first = found[0]
    for (const c of clauses) {
      if (!first || found.some((m) => m.clause === c) || !ECHO.test(text.slice(c.start, c.end)))
        continue
      const d = dates.find((x) => within(c, x))
      if (!d) continue
      const reading = suggestContext(text, c.start, c.start, c.end, {
        isThreat: false,
        ownDate: d.value,
        publishedAt
      })
      found.push({
        ...first,
        clause: c,
        side2: [],
        places: placesFor(c, places),
        date: d,
        dateInherited: false,
        fatalities: [],
        context: reading.context
      })
    }

    // "Al-Shabaab said ... it had carried out the attack": the claimant is the attacker.
    const claimant =
      found.length === 0 && CLAIM.test(sentenceText) && !NO_CLAIM.test(sentenceText)
        ? actors.find((a) => !a.value.stateForce && a.value.inter !== 7)
        : undefined
    const claimed = claimant ? (referred[0] ?? lastViolent(mentions, s.paragraph)) : undefined
    if (claimant && claimed && claimed.side1.length === 0) claimed.side1 = [claimant]

    // "The attack happened late on Sunday in the south of Marib province", "the bloodshed
    // happened Monday": a sentence about the event just reported gives it the day and place it
    // lacked.
    const told0 = lastEvent(mentions)
    if (found.length === 0 && told0 && referred.length === 0 && ANAPHOR_PHRASE.test(sentenceText)) {
      referred.push(told0)
    }
    const ref = found.length === 0 ? referred[0] : undefined
    if (ref) {
      const sentenceDates = (
        dates.length > 0 ? dates : findDates(text, s.start, s.end, publishedAt)
      ).filter(
        (d) =>
          !SAID.test(text.slice(Math.max(s.start, d.start - 25), d.start)) &&
          !(publishedAt && d.value.date > publishedAt)
      )
      if ((!ref.date || ref.dateInherited) && sentenceDates[0]) {
        ref.date = sentenceDates[0]
        ref.dateInherited = false
      }
      const own = places.filter((p) => p.locative && p.value.kind !== 'country')
      if (
        (ref.places.length === 0 ||
          ref.placeInherited ||
          ref.places.every((p) => p.value.kind === 'country')) &&
        own.length > 0
      ) {
        ref.places = own
        ref.placeInherited = false
      }
    }
    // "a provisional death toll of 18 people killed": a toll with no attacker and no place of its
    // own, after an event was reported, restates that event's toll.
    const told = lastEvent(mentions)
    for (let k = found.length - 1; k >= 0 && told; k--) {
      const m = found[k] as EventMention
      if (!CASUALTY.test(m.trigger.words) || m.side1.length > 0 || m.context.value !== 'current')
        continue
      if (m.places.length > 0 && !m.placeInherited) continue
      found.splice(k, 1)
      referred.unshift(told)
    }
    for (const f of figures) {
      const violent = found.filter(
        (m) => VIOLENT.has(m.trigger.value.eventType) && m.subEventType !== 'Peaceful protest'
      )
      const target =
        violent.filter((m) => m.trigger.start <= f.start).pop() ??
        violent.find((m) => m.trigger.start > f.start) ??
        (found.length === 0 ? (referred[0] ?? lastViolent(mentions, s.paragraph)) : undefined)
      target?.fatalities.push(f)
    }
    // "Five were killed in the border village of Tair Harfa": a toll told with no attacker and
    // no means, right after an attack in another place, is that attack's kind in this place.
    for (const m of found) {
      if (
        !CASUALTY.test(m.trigger.words) ||
        m.side1.length > 0 ||
        !HAND_TO_HAND.has(m.trigger.value.eventType)
      )
        continue
      const before = lastEvent(mentions)
      if (
        !before ||
        before.sentence.paragraph < s.paragraph - 1 ||
        before.trigger.value.eventType !== EXPLOSIONS
      )
        continue
      m.trigger = before.trigger
      m.subEventType = before.subEventType
      m.side1 = before.side1
    }
    mentions.push(...found)
    const namedTown = places.filter((p) => p.value.kind === 'city' && p.locative).pop()
    if (namedTown) lastTown = namedTown
    const withPlaces = found.filter((m) => !m.placeInherited && m.places.length > 0).pop()
    if (withPlaces) lastPlaces = { paragraph: s.paragraph, places: withPlaces.places }
    const group = actors
      .filter((a) => a.value.inter !== null && [2, 3, 4].includes(a.value.inter))
      .pop()
    if (group) lastGroup = group
    for (const a of actors) if (namedGroup(a)) groupsNamed.set(a.value.key, a)
  }
  resolveGenericAttackers(text, mentions, [...groupsNamed.values()])
  return {
    text,
    sentences,
    mentions,
    placed: [...placed.values()],
    countryCounts: towns.countries,
    towns
  }
}

const GENERIC_ARMED = 'builtin:unidentified-armed-group'
// Words a report uses for a group it has named: "the insurgents", "the jihadists", "terrorists".
const IDEOLOGICAL =
  /\b(?:insurgents?|militants?|jihadists?|terrorists?|extremists?|islamists?|rebels?)\b/i
// "Gunmen from the Daesh terrorist group", "fighters of the ADF", "militants loyal to IS".
const BELONGING =
  /^\s+(?:from|of|belonging to|linked to|loyal to|affiliated with|allied to|allied with)\s+(?:the\s+)?$/i

// Generic descriptions ("militias", "clan militias") are no group's name.
const GENERIC_GROUPS = new Set([GENERIC_ARMED, 'builtin:militia-groups', 'builtin:clan-militia'])
const namedGroup = (a: ActorMention): boolean =>
  !GENERIC_GROUPS.has(a.value.key) && !a.value.stateForce && [2, 3, 4].includes(a.value.inter ?? 0)

// An unnamed attacker is the named group where the text says so ("gunmen from the Daesh group"),
// and, in a report that names only one armed group, the insurgents or jihadists it speaks of.
function resolveGenericAttackers(
  text: string,
  mentions: readonly EventMention[],
  groups: readonly ActorMention[]
): void {
  const only = groups.length === 1 ? groups[0] : undefined
  const resolve = (side: ActorMention[]): ActorMention[] => {
    const head = side[0]
    if (!head || head.value.key !== GENERIC_ARMED) return side
    const owner = groups.find(
      (g) =>
        g.start > head.end &&
        g.start - head.end < 40 &&
        BELONGING.test(text.slice(head.end, g.start))
    )
    const named = owner ?? (only && IDEOLOGICAL.test(head.words) ? only : undefined)
    return named
      ? [{ ...named, start: head.start, end: head.end, words: head.words }, ...side.slice(1)]
      : side
  }
  for (const m of mentions) {
    m.side1 = resolve(m.side1)
    m.side2 = resolve(m.side2)
  }
}

/** The last mention in the paragraph that a later figure or claim can be about. */
function lastViolent(
  mentions: readonly EventMention[],
  paragraph: number
): EventMention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as EventMention
    if (m.sentence.paragraph !== paragraph) return undefined
    const kind = m.trigger.value.eventType
    if (VIOLENT.has(kind) && m.subEventType !== 'Peaceful protest' && m.context.value !== 'negated')
      return m
  }
  return undefined
}

/** The last violent mention of the article, whatever its paragraph. */
function lastEvent(mentions: readonly EventMention[]): EventMention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as EventMention
    if (VIOLENT.has(m.trigger.value.eventType) && m.context.value !== 'negated') return m
  }
  return undefined
}
