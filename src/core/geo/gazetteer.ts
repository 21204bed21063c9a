// The world's towns from GeoNames (see gazetteer-data.ts for the file, scripts/build-gazetteer.mjs
// for what was kept), indexed by folded name. The index is built by the script, not at load: a
// lookup is a binary search over 26,000 block heads (15 string comparisons) and the decoding of
// one block of 16 keys, so the gazetteer is ready as soon as its JSON is read. A Map of the
// 418,000 names took 0.3 s of CPU to fill, 1–2 s of wall time on a loaded machine.
import { foldPlaceName } from './fold-place-name'
import {
  RECORD_SEPARATOR,
  blockHead,
  decodeCount,
  decodeFixed,
  decodeKeyBlock,
  type GazetteerData
} from './gazetteer-data'
import { countNoun } from '../text/count-noun'

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
   * "Maarat al Numan" finds Ma'arrat an Nu'man, "Afipsky" Afipskiy, "Naqura" En Nâqoûra). Looser
   * than lookup, so only for names the text already uses as places. Most populous first.
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
const ARTICLES = new Set([
  'al',
  'an',
  'ar',
  'as',
  'at',
  'ad',
  'az',
  'ash',
  'el',
  'en',
  'er',
  'es',
  'ul',
  'de'
])
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u'])

/**
 * A compact key (no spaces) with what transliterations disagree on smoothed over: French "ou"
 * for "u", doubled letters, a final "h" after a vowel, an -iy/-ij/-ii ending ("Ma'arrat",
 * "Maarat" → "marat"; "Nabudah" → "nabuda"; "Afipskiy" → "afipsky").
 */
export function looseKey(compact: string): string {
  let key = ''
  for (const c of compact.replaceAll('ou', 'u')) if (c !== key[key.length - 1]) key += c
  const n = key.length
  if (n > 3 && key[n - 1] === 'h' && VOWELS.has(key[n - 2] ?? '')) key = key.slice(0, -1)
  const end = key.slice(-2)
  if (key.length > 4 && (end === 'iy' || end === 'ij' || end === 'ii' || end === 'yi'))
    key = key.slice(0, -2) + 'y'
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
  const drops = data.populationDrops.split(',')
  const blocks = data.keyBlocks.split(RECORD_SEPARATOR)
  if (
    names.length !== count ||
    drops.length !== count ||
    data.ids.length !== count * 4 ||
    data.coordinates.length !== count * 8 ||
    blocks.length !== Math.ceil(data.keyCount / data.blockSize)
  ) {
    throw new Error(`The gazetteer data is inconsistent (${countNoun(count, 'place')} announced)`)
  }
  // Places are stored most populous first, so a place's index is its rank.
  const population = new Float64Array(count)
  let current = 0
  drops.forEach(
    (drop, i) => (population[i] = current = i === 0 ? Number(drop) : current - Number(drop))
  )

  // Where each block's counts and postings start; the keys themselves stay encoded until a
  // search reaches their block, which is why building takes a few milliseconds.
  const heads = blocks.map(blockHead)
  const countStart = new Int32Array(blocks.length)
  const postingStart = new Int32Array(blocks.length)
  let at = 0
  let posting = 0
  for (let k = 0; k < data.keyCount; k++) {
    if (k % data.blockSize === 0) {
      countStart[k / data.blockSize] = at
      postingStart[k / data.blockSize] = posting
    }
    const [n, next] = decodeCount(data.postingCounts, at)
    posting += n
    at = next
  }

  // Decoded blocks, kept while text scanning asks about the same common words again and again;
  // emptied when it grows past a few thousand blocks so memory stays bounded.
  const decoded = new Map<number, string[]>()
  const keysOf = (b: number): string[] => {
    let keys = decoded.get(b)
    if (keys === undefined) {
      if (decoded.size >= 4096) decoded.clear()
      keys = decodeKeyBlock(blocks[b] ?? '')
      decoded.set(b, keys)
    }
    return keys
  }
  /** The places of the `j`-th key of block `b`. */
  const placesOf = (b: number, j: number): number[] => {
    let c = countStart[b] ?? 0
    let p = postingStart[b] ?? 0
    for (let i = 0; i < j; i++) {
      const [n, next] = decodeCount(data.postingCounts, c)
      p += n
      c = next
    }
    const [n] = decodeCount(data.postingCounts, c)
    const places: number[] = []
    for (let i = 0; i < n; i++, p++) places.push(decodeFixed(data.postings, p * 3, 3))
    return places
  }
  /** The last block whose first key is ≤ `key` (-1 when the key sorts before every block). */
  const blockFor = (key: string): number => {
    let lo = 0
    let hi = heads.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((heads[mid] ?? '') <= key) lo = mid + 1
      else hi = mid
    }
    return lo - 1
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

  // The loose keys of every name starting with one letter, made on the first loose lookup for
  // that letter (keys of one first letter are contiguous in the sorted index).
  const loose = new Map<string, [string, number[]][]>()
  const looseFor = (first: string): [string, number[]][] => {
    let list = loose.get(first)
    if (!list) {
      list = []
      scan: for (let b = Math.max(0, blockFor(first)); b < blocks.length; b++) {
        const keys = decodeKeyBlock(blocks[b] ?? '')
        for (let j = 0; j < keys.length; j++) {
          const key = keys[j] as string
          if (key[0] === first) list.push([looseKey(key), placesOf(b, j)])
          else if (key > first) break scan
        }
      }
      loose.set(first, list)
    }
    return list
  }

  let regions: Map<string, GazetteerRegion[]> | null = null
  // Built on first use, from every place's admin1: the suggester asks for regions, typing a
  // location does not.
  const buildRegions = (): Map<string, GazetteerRegion[]> => {
    const byKey = new Map<string, GazetteerRegion[]>()
    const seen = new Set<string>()
    // Seats first, then everything else, each most populous first (a place's index is its
    // rank): the first place met for a division is where it is coded.
    const seatsFirst = Array.from({ length: count }, (_, i) => i).sort(
      (a, b) => Number(data.kind[b] !== 't') - Number(data.kind[a] !== 't') || a - b
    )
    for (const i of seatsFirst) {
      const admin1 = admin1Names[decodeFixed(data.admin1, i * 2, 2)] ?? ''
      if (admin1 === '') continue
      const place = placeAt(i)
      const id = `${place.countryCode}:${admin1}`
      if (seen.has(id)) continue
      seen.add(id)
      const region: GazetteerRegion = {
        name: admin1,
        countryCode: place.countryCode,
        latitude: place.latitude,
        longitude: place.longitude
      }
      const folded = foldPlaceName(admin1)
      for (const key of new Set([folded, folded.replace(DIVISION_WORDS, '')])) {
        const list = byKey.get(compactKey(key))
        if (list) list.push(region)
        else byKey.set(compactKey(key), [region])
      }
    }
    return byKey
  }

  return {
    maxWords: data.maxWords,
    region(name, countryCode) {
      regions ??= buildRegions()
      const folded = foldPlaceName(name)
      const found =
        regions.get(compactKey(folded)) ??
        regions.get(compactKey(folded.replace(DIVISION_WORDS, ''))) ??
        []
      return countryCode
        ? found.filter((r) => r.countryCode === countryCode.toUpperCase())
        : [...found]
    },
    lookupLoose(name, countryCode) {
      // Only the keys that start with the same letter are compared: they are contiguous in the
      // sorted index, a few thousand strings.
      const folded = foldPlaceName(name)
      const first = compactKey(folded)[0]
      if (first === undefined) return []
      const wanted = countryIndex(countryCode)
      const variants = articleVariants(folded)
      const found = new Set<number>()
      for (const [key, places] of looseFor(first)) {
        if (!variants.has(key)) continue
        for (const i of places) if (inCountry(i, wanted)) found.add(i)
      }
      return [...found].sort((a, b) => a - b).map(placeAt)
    },
    lookup(name, countryCode) {
      const key = compactKey(foldPlaceName(name))
      const b = key === '' ? -1 : blockFor(key)
      if (b < 0) return []
      const j = keysOf(b).indexOf(key)
      if (j < 0) return []
      const wanted = countryIndex(countryCode)
      return placesOf(b, j)
        .filter((i) => inCountry(i, wanted))
        .map(placeAt)
    },
    search(prefix, options = {}) {
      const key = compactKey(foldPlaceName(prefix))
      if (key === '') return []
      const wanted = countryIndex(options.countryCode)
      const limit = options.limit ?? DEFAULT_LIMIT
      const found = new Set<number>()
      // Keys starting with the prefix are contiguous in sorted order: from the block that could
      // hold the prefix itself, until a key past them.
      scan: for (let b = Math.max(0, blockFor(key)); b < blocks.length; b++) {
        const keys = keysOf(b)
        for (let j = 0; j < keys.length; j++) {
          const candidate = keys[j] ?? ''
          if (candidate.startsWith(key)) {
            for (const i of placesOf(b, j)) if (inCountry(i, wanted)) found.add(i)
          } else if (candidate > key) break scan
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
