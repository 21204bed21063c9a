// Places named in a passage, and the country / admin1 / location an event there gets, with
// ACLED's geo-precision: 1 the town itself, 2 near it ("near Afgooye", "outskirts of"), 3 only
// the province (coded at the provincial capital). A country alone gives no location: the form
// keeps the country's centroid for the map and leaves the location to the analyst.
import type { GeoPrecision } from '../../shared/model/event'
import type { CountryValue, LocationValue, SuggestedValue } from './event-suggestion'
import {
  capitalOf,
  findCountry,
  placeMatcher,
  type PlaceInfo,
  type PlaceRef
} from './place-gazetteer'
import type { Gazetteer } from '../geo'
import type { NamedSettlement } from './discover-settlements'
import { findTowns, type TownMatch } from './find-towns'
import type { PhraseMatch, Token } from './phrase-matcher'

/** A place named in the text, and how it is used there. */
export interface PlaceMention extends PhraseMatch<PlaceRef> {
  /** After "in", "near", "across"...: the place where something happened, not an adjective. */
  locative: boolean
  /** After "near", "outside", "north of"...: ACLED geo-precision 2. */
  near: boolean
  /** Only a dateline names it ("BENI, Congo (Reuters) –"): where the story was filed. */
  dateline?: boolean
  /** Read by a transliteration-tolerant lookup: likelier wrong than an exact name. */
  loose?: boolean
  /** Other places of the same name, best first, offered beside the chosen one. */
  alternatives?: PlaceInfo[]
  /** Named with another town ("Gondar and Lalibela"): each is an event of its own. */
  coordinated?: boolean
  /** A settlement the report names that the gazetteer lacks: a name without coordinates. */
  unlocated?: boolean
  /** A district or area rather than a town (geo-precision 2). */
  district?: boolean
}

const placeCountry = (ref: PlaceRef): string =>
  ref.kind === 'country' ? ref.country.code : ref.place.country

const distance = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  a.start >= b.end ? a.start - b.end : b.start >= a.end ? b.start - a.end : 0

const words = (list: string): Set<string> => new Set(list.split(' '))

const LOCATIVE = words(
  'in inside into across throughout at near outside around from to towards toward within between nearby on entered stormed attacked raided overran captured seized recaptured retook struck hit targeted shelled bombed besieged invaded'
)
const NEAR = words('near outside around nearby between')
// "the outskirts of X", "north of X", "the town of X": "of" is locative after these.
const OF_HEADS = words(
  'countryside outskirts north south east west northeast northwest southeast southwest town city village province region governorate district suburbs suburb centre center parts part capital county kilometres kilometers km miles state township municipality department'
)
const NEAR_OF_HEADS = words(
  'countryside outskirts north south east west northeast northwest southeast southwest suburbs suburb kilometres kilometers km miles'
)
// Words that may stand between the preposition and the name: "in the northern town of".
const FILLER = words(
  'the another northern southern eastern western central north south east west northwest northeast southwest southeast northwestern northeastern southwestern southeastern state township municipality department town city village province region of border restive capital iraqi syrian somali kenyan coastal port neighbouring neighboring nearby rural key strategic disputed'
)

function classify(tokens: readonly Token[], first: number): { locative: boolean; near: boolean } {
  let locative = false
  let near = false
  for (let k = first - 1; k >= 0 && k >= first - 7; k--) {
    const key = (tokens[k] as Token).key
    if (key === 'of') {
      const head = tokens[k - 1]?.key ?? ''
      if (OF_HEADS.has(head)) locative = true
      if (NEAR_OF_HEADS.has(head)) near = true
      continue
    }
    if (LOCATIVE.has(key)) return { locative: true, near: near || NEAR.has(key) }
    if (key === 'close' || key === 'outskirts') {
      locative = true
      near = true
      continue
    }
    if (!FILLER.has(key) && !OF_HEADS.has(key)) break
  }
  return { locative, near }
}

/** What findPlaces needs to read towns: the gazetteer and the countries the report is about. */
export interface TownContext {
  gazetteer: Gazetteer
  /** Countries (alpha-3) the report names: their towns win a shared name. */
  countries: ReadonlyMap<string, number>
  /** Settlements the report names as such, which the gazetteer may not hold. */
  settlements?: ReadonlyMap<string, NamedSettlement>
}

/** Places named among tokens[from, to), each marked locative / near. */
export function findPlaces(
  text: string,
  tokens: readonly Token[],
  from = 0,
  to = tokens.length,
  towns?: TownContext
): PlaceMention[] {
  const matched: PhraseMatch<PlaceRef>[] = placeMatcher().match(text, tokens, from, to)
  if (towns) {
    const taken = new Set<number>()
    for (const m of matched) for (let k = m.firstToken; k < m.endToken; k++) taken.add(k)
    const unlocated: TownMatch[] = []
    for (const t of findTowns(text, tokens, from, to, towns.gazetteer, {
      countries: towns.countries,
      taken: (k) => taken.has(k),
      placeAt: (k) => classify(tokens, k).locative,
      ...(towns.settlements ? { settlements: towns.settlements } : {})
    })) {
      const { locative } = classify(tokens, t.firstToken)
      const dateline = isDateline(text, tokens, t)
      if (!t.place) {
        if (locative || dateline) unlocated.push(t)
        continue
      }
      const seat = t.place.kind !== 'town' && towns.countries.has(t.place.countryCode)
      const where = WHERE_AFTER.test(text.slice(t.end, t.end + 80))
      if (!locative && !dateline && !seat && !where) continue
      // A report about Mali that says "in Pale" means no Bosnian town: a town outside every
      // country the report names is left out, unless it is a capital.
      if (
        towns.countries.size > 0 &&
        !towns.countries.has(t.place.countryCode) &&
        t.place.kind !== 'capital'
      )
        continue
      const place: PlaceInfo = {
        kind: t.kind === 'region' ? 'admin1' : 'city',
        name: t.kind === 'region' ? t.place.name : displayName(t.words, t.place.name),
        country: t.place.countryCode,
        admin1: t.place.admin1,
        latitude: t.place.latitude,
        longitude: t.place.longitude
      }
      const alternatives = t.alternatives.map((a): PlaceInfo => ({
        kind: 'city',
        name: a.name.normalize('NFKD').replace(/\p{M}/gu, ''),
        country: a.countryCode,
        admin1: a.admin1,
        latitude: a.latitude,
        longitude: a.longitude
      }))
      matched.push({
        value: { kind: place.kind, place },
        start: t.start,
        end: t.end,
        words: t.words,
        firstToken: t.firstToken,
        endToken: t.endToken,
        ...(t.loose ? { loose: true } : {}),
        ...(alternatives.length > 0 ? { alternatives } : {})
      })
    }
    // A settlement only the report names is in the country of the nearest place told with it
    // ("Baeti village in North Kivu", "Tair Harfa and ... Naqura"), else the report's own.
    const top = [...towns.countries].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
    const anchors = matched.filter((m) => !(m.value.kind === 'country' && m.value.demonym))
    for (const t of unlocated) {
      const nearest = anchors.reduce<(typeof anchors)[number] | undefined>(
        (best, m) => (!best || distance(m, t) < distance(best, t) ? m : best),
        undefined
      )
      const country = nearest ? placeCountry(nearest.value) : top
      matched.push({
        value: {
          kind: 'city',
          place: {
            kind: 'city',
            name: t.words,
            country,
            admin1: nearest?.value.kind === 'admin1' ? nearest.value.place.name : '',
            latitude: null,
            longitude: null
          }
        },
        start: t.start,
        end: t.end,
        words: t.words,
        firstToken: t.firstToken,
        endToken: t.endToken,
        ...{ unlocated: true },
        ...(t.district ? { district: true } : {})
      })
    }
    matched.sort((a, b) => a.start - b.start)
  }
  const found: PlaceMention[] = []
  for (const m of matched) {
    let { locative, near } = classify(tokens, m.firstToken)
    // "on Iraqi militias": a demonym describes; it is never where something happened.
    if (m.value.kind === 'country' && m.value.demonym) locative = near = false
    const dateline = !locative && isDateline(text, tokens, m)
    if (dateline) locative = true
    // "in Iraq and Syria": a place joined to a locative one by "and"/"or" is locative too.
    const prev = found[found.length - 1]
    const joiner = tokens[m.firstToken - 1]?.key
    const joined =
      prev !== undefined &&
      prev.endToken === m.firstToken - 1 &&
      (joiner === 'and' || joiner === 'or')
    if (!locative && prev?.locative && joined) ({ locative, near } = prev)
    // "Gondar, where fighting has also occurred", "Gondar and Lalibela were among the towns
    // where...": a place a relative clause of place follows is where things happen.
    if (!locative && WHERE_AFTER.test(text.slice(m.end, m.end + 80))) {
      locative = true
      if (prev && joined && prev.value.kind !== 'country') prev.locative = true
    }
    // "in Gondar and Lalibela": two towns told together, one event in each (ACLED).
    const together = joined && prev?.value.kind === 'city' && m.value.kind === 'city'
    if (together && prev) prev.coordinated = true
    found.push({
      ...m,
      locative,
      near,
      ...(dateline ? { dateline: true } : {}),
      ...(together ? { coordinated: true } : {})
    })
  }
  return found
}

const WHERE_AFTER =
  /^(?:\s*(?:,|and)\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*(?:,\s+where\b|\s+(?:was|were|is|are)\s+among\s+the\s+[\w\s-]{0,20}?(?:where|in which)\b)/u

// A town is called as the report spells it ("Naqura", "Kandahar"), which is what the analyst
// reads beside it; a dateline's capitals or a name split by a line get the gazetteer's spelling,
// without accents, as ACLED writes names.
function displayName(words: string, canonical: string): string {
  if (words !== words.toUpperCase() && !/\s{2,}|\n/.test(words)) return words
  return canonical.normalize('NFKD').replace(/\p{M}/gu, '')
}

// "BENI, Congo (Reuters) –", "KANDAHAR (AFP) -", "Baghdad:": a wire story's dateline names where
// it was filed, at the very start of a paragraph, in capitals or before a colon.
function isDateline(
  text: string,
  tokens: readonly Token[],
  m: { start: number; end: number; firstToken: number; words: string }
): boolean {
  const before = text.slice(Math.max(0, m.start - 2), m.start)
  const atStart = m.start === 0 || /\n\s*$/.test(before) || m.firstToken === 0
  if (!atStart) return false
  const after = text.slice(m.end, m.end + 40)
  return (m.words === m.words.toUpperCase() && /^\s*[,(–—-]/.test(after)) || /^\s*:/.test(after)
}

export interface PlaceSuggestion {
  country?: SuggestedValue<CountryValue>
  admin1?: SuggestedValue<string>
  location?: SuggestedValue<LocationValue>
  /** Other places of the same name, offered beside the chosen one. */
  alternatives?: SuggestedValue<LocationValue>[]
}

const countryValue = (code: string): CountryValue | null => {
  const c = findCountry(code)
  return c ? { code: c.code, name: c.name, latitude: c.latitude, longitude: c.longitude } : null
}

/** The country of a place mention (alpha-3). */
export function countryOf(m: PlaceMention): string {
  return m.value.kind === 'country' ? m.value.country.code : m.value.place.country
}

/** Country, admin1 and location for one event from the places named for it (best first). */
export function suggestPlace(mention: PlaceMention, inherited = false): PlaceSuggestion {
  // Named where the event is told: sure; carried from another sentence, a dateline (where the
  // story was filed, most often where it happened), or a spelling matched loosely: less so.
  const confidence = mention.dateline
    ? 0.55
    : inherited
      ? 0.5
      : mention.loose || mention.unlocated
        ? 0.6
        : mention.locative
          ? 0.85
          : 0.7
  const at = { start: mention.start, end: mention.end, words: mention.words, confidence }
  const code = countryOf(mention)
  const country = countryValue(code)
  // A dateline's country is where the story is, even when its town is only where it was filed.
  const out: PlaceSuggestion = country
    ? { country: { value: country, ...at, confidence: Math.max(confidence, 0.7) } }
    : {}
  const ref = mention.value
  if (ref.kind === 'country') return out
  const place = ref.place
  if (place.admin1) out.admin1 = { value: place.admin1, ...at }
  const geoPrecision: GeoPrecision =
    place.kind === 'admin1' ? 3 : mention.near || mention.district ? 2 : 1
  out.location = {
    value: {
      name: place.name,
      latitude: place.latitude,
      longitude: place.longitude,
      geoPrecision,
      ...(place.admin1 ? { admin1: place.admin1 } : {})
    },
    ...at
  }
  const others = (mention.alternatives ?? []).map((a): SuggestedValue<LocationValue> => ({
    value: {
      name: a.name,
      latitude: a.latitude,
      longitude: a.longitude,
      geoPrecision: 1,
      ...(a.admin1 ? { admin1: a.admin1 } : {})
    },
    start: mention.start,
    end: mention.end,
    words: mention.words,
    confidence: Math.min(0.4, confidence)
  }))
  if (others.length > 0) out.alternatives = others
  return out
}

/** "the capital" resolved in a known country, as a place mention. */
export function capitalMention(
  text: string,
  code: string,
  from: number,
  to: number
): PlaceMention | null {
  const m = /\bthe (?:country's |nation's )?capital\b/i.exec(text.slice(from, to))
  const capital = capitalOf(code)
  if (!m || !capital) return null
  const start = from + m.index
  const end = start + m[0].length
  const value: PlaceRef = { kind: 'city', place: capital }
  return {
    value,
    start,
    end,
    words: m[0],
    firstToken: -1,
    endToken: -1,
    locative: true,
    near: false
  }
}
