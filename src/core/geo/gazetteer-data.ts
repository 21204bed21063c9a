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
  /** Each place's folded alternate names, front-coded (see encodeAlternates), joined by '|'. */
  alternates: string
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

// Folded names are lowercase, so an upper-case letter can say "the next name shares this many
// first characters with the one before" (A = 0 … Z = 25) and at the same time mark where it
// starts: "kramatorska;kramatorskaja" after "kramatorsk" becomes "KaLja".
const MAX_SHARED = 25

/** Front-codes sorted folded `alternates`, the first against the folded name `key`. */
export function encodeAlternates(key: string, alternates: readonly string[]): string {
  let previous = key
  let out = ''
  for (const alt of [...alternates].sort()) {
    if (/[A-Z|]/.test(alt)) throw new Error(`Not a folded name: "${alt}"`)
    let shared = 0
    const max = Math.min(previous.length, alt.length, MAX_SHARED)
    while (shared < max && previous.charCodeAt(shared) === alt.charCodeAt(shared)) shared++
    out += String.fromCharCode(65 + shared) + alt.slice(shared)
    previous = alt
  }
  return out
}

/** The folded alternate names encodeAlternates wrote for the place whose folded name is `key`. */
export function decodeAlternates(key: string, encoded: string): string[] {
  const out: string[] = []
  let previous = key
  let i = 0
  while (i < encoded.length) {
    const shared = encoded.charCodeAt(i) - 65
    let end = i + 1
    while (end < encoded.length) {
      const c = encoded.charCodeAt(end)
      if (c >= 65 && c <= 90) break
      end++
    }
    previous = previous.slice(0, shared) + encoded.slice(i + 1, end)
    out.push(previous)
    i = end
  }
  return out
}
