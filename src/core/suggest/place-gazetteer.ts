// Countries from world-countries (names, official names, alternative spellings, demonyms, ISO
// alpha-3, centroid), compiled once into one trie. Towns and provinces come from the GeoNames
// gazetteer in src/core/geo (find-towns.ts).
import countries from 'world-countries'
import { loadGazetteer } from '../geo'
import { PhraseMatcher, type PhraseEntry } from './phrase-matcher'

export interface CountryInfo {
  /** ISO 3166-1 alpha-3. */
  code: string
  name: string
  latitude: number
  longitude: number
  /** English demonym, e.g. "Iraqi"; '' when the data has none. */
  demonym: string
  capital: string
}

export interface PlaceInfo {
  kind: 'city' | 'admin1'
  name: string
  /** ISO alpha-3 of the country it is in. */
  country: string
  /** ACLED spelling of its admin1 region; '' where the extract does not say. */
  admin1: string
  /** Null for a settlement the report names that no gazetteer holds. */
  latitude: number | null
  longitude: number | null
}

/** What a place name in the text refers to. */
export type PlaceRef =
  | { kind: 'country'; country: CountryInfo; demonym: boolean }
  | { kind: 'city' | 'admin1'; place: PlaceInfo }

// Two- and three-letter codes in altSpellings ("IQ", "USA") collide with ordinary words and
// acronyms; the actor lexicon handles the few that matter ("U.S.", "US").
const isCode = (s: string): boolean => /^[A-Z]{2,3}$/.test(s)
// Usual English names the data lacks (world-countries 5.1.0 has only "Türkiye" and "Turkiye").
const EXTRA_NAMES: Record<string, string[]> = {
  TUR: ['Turkey'],
  GBR: ['Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'U.K.'],
  USA: ['America'],
  PSE: ['Gaza', 'Gaza Strip', 'West Bank', 'Palestinian territories'],
  // Wire style (Reuters, AP): "Congo" is the Democratic Republic; Brazzaville is "Republic of Congo".
  COD: ['Congo', 'DR Congo', 'DRC', 'Democratic Republic of Congo', 'eastern Congo'],
  COG: ['Republic of Congo', 'Congo-Brazzaville', 'Congo Brazzaville']
}

let countryByCode: Map<string, CountryInfo> | null = null
let matcher: PhraseMatcher<PlaceRef> | null = null

function buildCountries(): Map<string, CountryInfo> {
  const map = new Map<string, CountryInfo>()
  for (const c of countries) {
    map.set(c.cca3, {
      code: c.cca3,
      name: c.name.common,
      latitude: c.latlng[0],
      longitude: c.latlng[1],
      demonym: c.demonyms['eng']?.m ?? '',
      capital: c.capital[0] ?? ''
    })
  }
  return map
}

/** Every country, keyed by ISO alpha-3. */
export function allCountries(): ReadonlyMap<string, CountryInfo> {
  countryByCode ??= buildCountries()
  return countryByCode
}

/** The country with this ISO alpha-3 code, if any. */
export function findCountry(code: string): CountryInfo | undefined {
  return allCountries().get(code)
}

function buildPlaces(): PhraseEntry<PlaceRef>[] {
  const entries: PhraseEntry<PlaceRef>[] = []
  const add = (phrase: string, value: PlaceRef): void => {
    entries.push({ phrase, value, caseRule: 'capitalized' })
  }
  // UN members first: "French" is France, not its southern lands; "Indian" India.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember))
  for (const c of ordered) {
    const country = allCountries().get(c.cca3)
    if (!country) continue
    const names = [
      ...(EXTRA_NAMES[c.cca3] ?? []),
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((s) => !isCode(s) && !(c.cca3 === 'COG' && s === 'Congo'))
    ]
    for (const name of names) add(name, { kind: 'country', country, demonym: false })
    const dem = c.demonyms['eng']
    for (const d of new Set([dem?.m, dem?.f])) {
      if (d) add(d, { kind: 'country', country, demonym: true })
    }
  }
  return entries
}

/** The shared country matcher (built on first use). */
export function placeMatcher(): PhraseMatcher<PlaceRef> {
  matcher ??= new PhraseMatcher(buildPlaces())
  return matcher
}

/** The capital city of a country, from the gazetteer ("the capital" in a report). */
export function capitalOf(code: string): PlaceInfo | undefined {
  const country = findCountry(code)
  if (!country || country.capital === '') return undefined
  const found = loadGazetteer().lookup(country.capital, code)
  const place = found.find((p) => p.kind === 'capital') ?? found[0]
  if (!place) return undefined
  return {
    kind: 'city',
    name: place.name,
    country: code,
    admin1: place.admin1,
    latitude: place.latitude,
    longitude: place.longitude
  }
}
