// Places named in a passage, and the country / admin1 / location an event there gets, with
// ACLED's geo-precision: 1 the town itself, 2 near it ("near Afgooye", "outskirts of"), 3 only
// the province (coded at the provincial capital). A country alone gives no location: the form
// keeps the country's centroid for the map and leaves the location to the analyst.
import type { GeoPrecision } from '../../shared/model/event'
import type { CountryValue, LocationValue, SuggestedValue } from './event-suggestion'
import { capitalOf, findCountry, placeMatcher, type PlaceRef } from './place-gazetteer'
import type { PhraseMatch, Token } from './phrase-matcher'

/** A place named in the text, and how it is used there. */
export interface PlaceMention extends PhraseMatch<PlaceRef> {
  /** After "in", "near", "across"...: the place where something happened, not an adjective. */
  locative: boolean
  /** After "near", "outside", "north of"...: ACLED geo-precision 2. */
  near: boolean
}

const words = (list: string): Set<string> => new Set(list.split(' '))

const LOCATIVE = words(
  'in inside into across throughout at near outside around from to towards toward within between nearby'
)
const NEAR = words('near outside around nearby between')
// "the outskirts of X", "north of X", "the town of X": "of" is locative after these.
const OF_HEADS = words(
  'countryside outskirts north south east west northeast northwest southeast southwest town city village province region governorate district suburbs suburb centre center parts part capital county kilometres kilometers km miles'
)
const NEAR_OF_HEADS = words(
  'countryside outskirts north south east west northeast northwest southeast southwest suburbs suburb kilometres kilometers km miles'
)
// Words that may stand between the preposition and the name: "in the northern town of".
const FILLER = words(
  'the northern southern eastern western central north south east west town city village province region of border restive capital iraqi syrian somali kenyan coastal port neighbouring neighboring nearby rural key strategic disputed'
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

/** Places named among tokens[from, to), each marked locative / near. */
export function findPlaces(
  text: string,
  tokens: readonly Token[],
  from = 0,
  to = tokens.length
): PlaceMention[] {
  const found: PlaceMention[] = []
  for (const m of placeMatcher().match(text, tokens, from, to)) {
    let { locative, near } = classify(tokens, m.firstToken)
    // "in Iraq and Syria": a place joined to a locative one by "and"/"or" is locative too.
    const prev = found[found.length - 1]
    const joiner = tokens[m.firstToken - 1]?.key
    if (!locative && prev?.locative && prev.endToken === m.firstToken - 1) {
      if (joiner === 'and' || joiner === 'or') ({ locative, near } = prev)
    }
    found.push({ ...m, locative, near })
  }
  return found
}

export interface PlaceSuggestion {
  country?: SuggestedValue<CountryValue>
  admin1?: SuggestedValue<string>
  location?: SuggestedValue<LocationValue>
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
export function suggestPlace(mention: PlaceMention): PlaceSuggestion {
  const at = { start: mention.start, end: mention.end, words: mention.words }
  const code = countryOf(mention)
  const country = countryValue(code)
  const out: PlaceSuggestion = country ? { country: { value: country, ...at } } : {}
  const ref = mention.value
  if (ref.kind === 'country') return out
  const place = ref.place
  if (place.admin1) out.admin1 = { value: place.admin1, ...at }
  const geoPrecision: GeoPrecision = place.kind === 'admin1' ? 3 : mention.near ? 2 : 1
  out.location = {
    value: { name: place.name, latitude: place.latitude, longitude: place.longitude, geoPrecision },
    ...at
  }
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
