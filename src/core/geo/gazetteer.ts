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

  return {
    maxWords,
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
