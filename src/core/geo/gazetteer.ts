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
  const drops = data.populationDrops.split(',')
  const blocks = data.keyBlocks.split(RECORD_SEPARATOR)
  if (
    names.length !== count ||
    drops.length !== count ||
    data.ids.length !== count * 4 ||
    data.coordinates.length !== count * 8 ||
    blocks.length !== Math.ceil(data.keyCount / data.blockSize)
  ) {
    throw new Error(`The gazetteer data is inconsistent (${count} places announced)`)
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

  return {
    maxWords: data.maxWords,
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
