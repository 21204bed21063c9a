// The committed gazetteer's file format (src/core/geo/data/gazetteer.json, written by
// scripts/build-gazetteer.mjs): one delimited or fixed-width string per field, not an object per
// place, so the 160,000 places parse quickly whether read by JSON.parse or bundled as a literal.
// Both sides use these helpers, so what the script writes is what the app reads.

/**
 * The shape of gazetteer.json. Places are sorted most populous first (so lookups need no sorting
 * and a place's index is its rank); place i is the i-th entry of every per-place field. Every
 * field is a string or a small number, which JSON.parse and JS engines read fastest.
 */
export interface GazetteerData {
  /** Where the data comes from and its licence. */
  source: string
  count: number
  /** ISO alpha-3 codes joined by '|'; `country` indexes into it. */
  countries: string
  /** admin1 names joined by '|'; `admin1` indexes into it ('' is one of them). */
  admin1Names: string
  /** Four base-64 digits per place: its GeoNames id. */
  ids: string
  /** Display names joined by '|'. */
  names: string
  /** Two base-64 digits per place: index into `countries`. */
  country: string
  /** Two base-64 digits per place: index into `admin1Names`. */
  admin1: string
  /** Eight base-64 digits per place: (latitude + 90) × 10⁴, then (longitude + 180) × 10⁴. */
  coordinates: string
  /** Decimal, comma-separated: the first population, then how much smaller each next one is. */
  populationDrops: string
  /** One letter per place: c capital, a admin seat, t town. */
  kind: string
  /**
   * The index: every folded name and alternate name without its spaces ("petionville"), sorted,
   * in blocks of `blockSize` front-coded keys (encodeKeyBlock) joined by '|'. Binary search over
   * the blocks' first keys finds a name without building anything at load.
   */
  keyBlocks: string
  keyCount: number
  blockSize: number
  /** Per key, in key order: how many places it names (encodeCount). */
  postingCounts: string
  /** Per key, in key order: its places (three base-64 digits each), most populous first. */
  postings: string
  /** The most words any folded name has. */
  maxWords: number
}

export const RECORD_SEPARATOR = '|'
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const DIGIT_VALUE = new Int16Array(128).fill(-1)
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i

/** `value` as exactly `width` base-64 digits (throws when it does not fit). */
export function encodeFixed(value: number, width: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 64 ** width) {
    throw new RangeError(`${value} does not fit in ${width} base-64 digits`)
  }
  let s = ''
  for (let i = 0; i < width; i++) {
    s = DIGITS[value % 64] + s
    value = Math.floor(value / 64)
  }
  return s
}

/** The number written by encodeFixed at `offset` in `s`. */
export function decodeFixed(s: string, offset: number, width: number): number {
  let value = 0
  for (let i = 0; i < width; i++) value = value * 64 + (DIGIT_VALUE[s.charCodeAt(offset + i)] ?? 0)
  return value
}

// Folded names are lowercase, so an upper-case letter can say "the next key shares this many
// first characters with the one before" (A = 0 … Z = 25) and at the same time mark where it
// starts: "kramatorsk", "kramatorska", "kramatorskaja" become "kramatorskKaLja".
const MAX_SHARED = 25

/** Front-codes sorted folded keys: the first in full, each next one against the one before. */
export function encodeKeyBlock(keys: readonly string[]): string {
  let previous = ''
  let out = ''
  keys.forEach((key, i) => {
    if (/[A-Z|]/.test(key) || key === '') throw new Error(`Not a folded name: "${key}"`)
    if (i === 0) out = key
    else {
      let shared = 0
      const max = Math.min(previous.length, key.length, MAX_SHARED)
      while (shared < max && previous.charCodeAt(shared) === key.charCodeAt(shared)) shared++
      out += String.fromCharCode(65 + shared) + key.slice(shared)
    }
    previous = key
  })
  return out
}

const isMarker = (c: number): boolean => c >= 65 && c <= 90

/** The first key of a block written by encodeKeyBlock (no decoding of the rest). */
export function blockHead(block: string): string {
  let end = 0
  while (end < block.length && !isMarker(block.charCodeAt(end))) end++
  return block.slice(0, end)
}

/** The keys encodeKeyBlock wrote. */
export function decodeKeyBlock(block: string): string[] {
  let previous = blockHead(block)
  const out = [previous]
  let i = previous.length
  while (i < block.length) {
    const shared = block.charCodeAt(i) - 65
    let end = i + 1
    while (end < block.length && !isMarker(block.charCodeAt(end))) end++
    previous = previous.slice(0, shared) + block.slice(i + 1, end)
    out.push(previous)
    i = end
  }
  return out
}

// Counts below 63 are one digit; larger ones (a name shared by 63 places or more) are the digit
// 63 followed by the count in three digits.
const BIG = 63

/** A posting count as base-64 digits (one digit for counts below 63). */
export function encodeCount(n: number): string {
  return n < BIG ? encodeFixed(n, 1) : encodeFixed(BIG, 1) + encodeFixed(n, 3)
}

/** The count encodeCount wrote at `offset`, and where the next one starts. */
export function decodeCount(s: string, offset: number): [count: number, next: number] {
  const n = decodeFixed(s, offset, 1)
  return n < BIG ? [n, offset + 1] : [decodeFixed(s, offset + 1, 3), offset + 4]
}
