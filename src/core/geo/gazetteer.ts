// The world's towns from GeoNames (see gazetteer-data.ts for the file, scripts/build-gazetteer.mjs
// for what was kept), indexed by folded name: lookups are one Map access, prefix search a scan of
// the keys that share its first two letters.
import { foldPlaceName } from './fold-place-name'
import {
  RECORD_SEPARATOR,
  decodeAlternates,
  decodeFixed,
  type GazetteerData
} from './gazetteer-data'

export interface GazetteerPlace {
  /** GeoNames id. */
  id: number
  name: string
  /** ISO 3166-1 alpha-3. */
  countryCode: string
  /** Name of the first-level administrative division; '' where GeoNames has none. */
  admin1: string
  latitude: number
  longitude: number
  population: number
  kind: 'capital' | 'admin-seat' | 'town'
}

export interface Gazetteer {
  /** Every place whose name or alternate name folds to the same key as `name`, most populous first; optional alpha-3 filter. */
  lookup(name: string, countryCode?: string): GazetteerPlace[]
  /** Places whose name or an alternate name starts with `prefix` (folded), most populous first, for typing a location. */
  search(prefix: string, options?: { countryCode?: string; limit?: number }): GazetteerPlace[]
  /** The most words any indexed name has (for scanning text n-grams). */
  readonly maxWords: number
  /**
   * First-level divisions ("Diyala", "Borno State", "Krasnodar Krai") whose name folds to the same
   * key as `name`, with or without a word such as "province" or "state"; each is placed at its
   * seat (its capital, or else its most populous town). Largest first; optional alpha-3 filter.
   */
  region(name: string, countryCode?: string): GazetteerRegion[]
  /**
   * Places whose name matches `name` once transliteration is set aside (see looseKey:
   * "Maarat al Numan" finds Ma'arrat an Nu'man, "Kafr Nabuda" Kafr Nabudah, "Afipsky" Afipskiy).
   * Looser than lookup, so only for names the text already uses as places. Most populous first.
   */
  lookupLoose(name: string, countryCode?: string): GazetteerPlace[]
}

/** A first-level administrative division, placed at its seat. */
export interface GazetteerRegion {
  name: string
  countryCode: string
  latitude: number
  longitude: number
}

// Words that say what kind of division a name is: "Diyala province", "Krasnodar Krai".
const DIVISION_WORDS =
  / (?:province|state|region|governorate|oblast|krai|kray|department|departement|district|county|prefecture|division|territory|wilayah|vilayet|muhafazah|republic)$/

// Arabic articles and their spellings, which transliterations add, drop or join at will.
const ARTICLES = new Set(['al', 'an', 'ar', 'as', 'at', 'ad', 'az', 'ash', 'el', 'en', 'er', 'es', 'ul', 'de'])
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u'])

/**
 * A compact key (no spaces) with what transliterations disagree on smoothed over: doubled
 * letters, a final "h" after a vowel, an -iy/-ij/-ii ending ("Ma'arrat", "Maarat" → "marat";
 * "Nabudah" → "nabuda"; "Afipskiy" → "afipsky").
 */
export function looseKey(compact: string): string {
  let key = ''
  // French "ou" is English "u" ("Naqoura", "Naqura").
  for (const c of compact.replaceAll('ou', 'u')) if (c !== key[key.length - 1]) key += c
  const n = key.length
  if (n > 3 && key[n - 1] === 'h' && VOWELS.has(key[n - 2] ?? '')) key = key.slice(0, -1)
  const end = key.slice(-2)
  if (key.length > 4 && (end === 'iy' || end === 'ij' || end === 'ii' || end === 'yi')) key = key.slice(0, -2) + 'y'
  return key
}

// The query's spellings with its articles swapped or dropped ("al Numan", "an Numan", "Numan").
function articleVariants(folded: string): Set<string> {
  let variants = ['']
  for (const word of folded.split(' ')) {
    const options = ARTICLES.has(word) ? ['', ...ARTICLES] : [word]
    variants = variants.flatMap((v) => options.map((o) => v + o)).slice(0, 400)
  }
  return new Set(variants.map(looseKey))
}

const KINDS = { c: 'capital', a: 'admin-seat', t: 'town' } as const
const DEFAULT_LIMIT = 10

/** A gazetteer over `data` (the shape of gazetteer.json). */
export function createGazetteer(data: GazetteerData): Gazetteer {
  const count = data.count
  const countries = data.countries.split(RECORD_SEPARATOR)
  const admin1Names = data.admin1Names.split(RECORD_SEPARATOR)
  const names = data.names.split(RECORD_SEPARATOR)
  const alternates = data.alternates.split(RECORD_SEPARATOR)
  const drops = data.populationDrops.split(',')
  if (
    names.length !== count ||
    alternates.length !== count ||
    drops.length !== count ||
    data.ids.length !== count * 4 ||
    data.coordinates.length !== count * 8
  ) {
    throw new Error(`The gazetteer data is inconsistent (${count} places announced)`)
  }
  // Places are stored most populous first, so a place's index is its rank.
  const population = new Float64Array(count)
  let current = 0
  drops.forEach(
    (drop, i) => (population[i] = current = i === 0 ? Number(drop) : current - Number(drop))
  )

  // Keys are folded names without their spaces, so "Petion-Ville" finds Pétionville and
  // "Al Balad" finds "Albalad"; the words only matter for maxWords. One place (the usual case)
  // is stored as its number, several as a list (most populous first, as added): 450,000
  // one-element arrays would double the time the index takes to build.
  const index = new Map<string, number | number[]>()
  let maxWords = 1
  const add = (folded: string, place: number): void => {
    const spaced = folded.includes(' ')
    const key = spaced ? folded.replaceAll(' ', '') : folded
    const found = index.get(key)
    if (found === undefined) {
      index.set(key, place)
      if (spaced) maxWords = Math.max(maxWords, folded.split(' ').length)
    } else if (typeof found === 'number') {
      if (found !== place) index.set(key, [found, place])
    } else if (found[found.length - 1] !== place) found.push(place)
  }
  for (let place = 0; place < count; place++) {
    const key = foldPlaceName(names[place] ?? '')
    add(key, place)
    for (const alt of decodeAlternates(key, alternates[place] ?? '')) add(alt, place)
  }
  const placesFor = (key: string): readonly number[] => {
    const found = index.get(key)
    return found === undefined ? [] : typeof found === 'number' ? [found] : found
  }

  // Keys grouped by their first two letters, built on the first search (text scanning never
  // needs them): a prefix search filters one group instead of sorting 450,000 keys.
  let byStart: Map<string, string[]> | null = null
  const groupsFor = (key: string): string[][] => {
    if (byStart === null) {
      byStart = new Map()
      for (const k of index.keys()) {
        const start = k.slice(0, 2)
        const group = byStart.get(start)
        if (group === undefined) byStart.set(start, [k])
        else group.push(k)
      }
    }
    if (key.length >= 2) return [byStart.get(key.slice(0, 2)) ?? []]
    return [...byStart].filter(([start]) => start.startsWith(key)).map(([, keys]) => keys)
  }

  const placeAt = (i: number): GazetteerPlace => ({
    id: decodeFixed(data.ids, i * 4, 4),
    name: names[i] ?? '',
    countryCode: countries[decodeFixed(data.country, i * 2, 2)] ?? '',
    admin1: admin1Names[decodeFixed(data.admin1, i * 2, 2)] ?? '',
    latitude: (decodeFixed(data.coordinates, i * 8, 4) - 90e4) / 1e4,
    longitude: (decodeFixed(data.coordinates, i * 8 + 4, 4) - 180e4) / 1e4,
    population: population[i] ?? 0,
    kind: KINDS[data.kind[i] as keyof typeof KINDS]
  })
  const countryIndex = (code: string | undefined): number | null => {
    if (code === undefined || code === '') return null
    return countries.indexOf(code.toUpperCase())
  }
  const inCountry = (i: number, wanted: number | null): boolean =>
    wanted === null || decodeFixed(data.country, i * 2, 2) === wanted

  let regions: Map<string, GazetteerRegion[]> | null = null
  // Built on first use: the suggester asks for regions, typing a location does not.
  const buildRegions = (): Map<string, GazetteerRegion[]> => {
    const byKey = new Map<string, GazetteerRegion[]>()
    const seen = new Set<string>()
    // Seats first, then everything else, each most populous first: the first place met for a
    // division is where it is coded.
    const seatsFirst = Array.from({ length: count }, (_, i) => i).sort(
      (a, b) => Number(data.kind[b] !== 't') - Number(data.kind[a] !== 't') || a - b
    )
    for (const i of seatsFirst) {
      const place = placeAt(i)
      if (place.admin1 === '') continue
      const id = `${place.countryCode}:${place.admin1}`
      if (seen.has(id)) continue
      seen.add(id)
      const region: GazetteerRegion = {
        name: place.admin1,
        countryCode: place.countryCode,
        latitude: place.latitude,
        longitude: place.longitude
      }
      const folded = foldPlaceName(place.admin1)
      for (const key of new Set([folded, folded.replace(DIVISION_WORDS, '')])) {
        const list = byKey.get(compactKey(key))
        if (list) list.push(region)
        else byKey.set(compactKey(key), [region])
      }
    }
    return byKey
  }

  return {
    maxWords,
    lookupLoose(name, countryCode) {
      // Only the keys that start with the same letter are compared: a few thousand strings.
      const folded = foldPlaceName(name)
      const wanted = countryIndex(countryCode)
      const variants = articleVariants(folded)
      const first = compactKey(folded)[0]
      if (first === undefined) return []
      const found = new Set<number>()
      for (const keys of groupsFor(first)) {
        for (const key of keys) {
          if (!variants.has(looseKey(key))) continue
          for (const i of placesFor(key)) if (inCountry(i, wanted)) found.add(i)
        }
      }
      // A place's index is its rank: most populous first.
      return [...found].sort((a, b) => a - b).map(placeAt)
    },
    region(name, countryCode) {
      regions ??= buildRegions()
      const folded = foldPlaceName(name)
      const found = regions.get(compactKey(folded)) ?? regions.get(compactKey(folded.replace(DIVISION_WORDS, ''))) ?? []
      return countryCode ? found.filter((r) => r.countryCode === countryCode.toUpperCase()) : [...found]
    },
    lookup(name, countryCode) {
      const wanted = countryIndex(countryCode)
      return placesFor(compactKey(foldPlaceName(name)))
        .filter((i) => inCountry(i, wanted))
        .map(placeAt)
    },
    search(prefix, options = {}) {
      const key = compactKey(foldPlaceName(prefix))
      if (key === '') return []
      const wanted = countryIndex(options.countryCode)
      const limit = options.limit ?? DEFAULT_LIMIT
      const found = new Set<number>()
      for (const group of groupsFor(key)) {
        for (const candidate of group) {
          if (!candidate.startsWith(key)) continue
          for (const i of placesFor(candidate)) if (inCountry(i, wanted)) found.add(i)
        }
      }
      return [...found]
        .sort((a, b) => a - b)
        .slice(0, limit)
        .map(placeAt)
    }
  }
}

const compactKey = (folded: string): string => folded.replaceAll(' ', '')
