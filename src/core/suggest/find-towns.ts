// Towns a passage names, read from the GeoNames gazetteer (src/core/geo) instead of a hand-kept
// list: every run of capitalised words ("Maarat al-Numan", "Kiryat Shmona", "BENI" in a dateline)
// is looked up, longest first. A name is taken for a place only where the text uses it as one
// ("in", "near", "the village of" before it, or a dateline), or where it is a capital or a
// province seat of a country the report is about: "Ibrahim" and "Keita" are towns somewhere too.
import type { Gazetteer, GazetteerPlace } from '../geo'
import { PLACE_NAME_CONNECTORS, settlementKey, type NamedSettlement } from './discover-settlements'
import type { Token } from './phrase-matcher'

/** A town named in the text and the gazetteer entry chosen for it (others with its name too). */
export interface TownMatch {
  /** A region is a first-level division named as such ("Diyala province", "Borno State"). */
  kind: 'town' | 'region'
  /** Null for a settlement the report names that the gazetteer does not hold (no coordinates). */
  place: GazetteerPlace | null
  /** A district or area the report names (ACLED geo-precision 2). */
  district?: boolean
  /** Other places of that name, best first, for the analyst to pick from. */
  alternatives: GazetteerPlace[]
  /** Found only by a transliteration-tolerant lookup ("Naqura" for En Nâqoûra). */
  loose: boolean
  start: number
  end: number
  words: string
  firstToken: number
  endToken: number
}

// Capitalised words that are not places whatever a gazetteer holds.
const NEVER = new Set(
  'the a an and but in on at of for to from by with monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december god president minister general police army reuters afp ap associated press new north south east west central eastern western northern southern'.split(
    ' '
  )
)
const MAX_WORDS = 5
const DIVISION =
  /^\s+(?:province|state|region|governorate|oblast|krai|department|prefecture|county|division)\b/i
const DIVISION_NAME = / (?:State|Province|Region|Governorate|Oblast|Krai)$/

// A region as a place at its seat, so that one list can rank towns and regions alike.
function regionsOf(
  gazetteer: Gazetteer,
  words: string,
  countries: ReadonlyMap<string, number>
): GazetteerPlace[] {
  const found = gazetteer.region(words).map((r): GazetteerPlace => ({
    id: 0,
    name: r.name,
    countryCode: r.countryCode,
    admin1: r.name,
    latitude: r.latitude,
    longitude: r.longitude,
    population: 0,
    kind: 'admin-seat'
  }))
  return rank(found, countries)
}

const isCapitalised = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.raw)

/** Places among tokens[from, to) that the gazetteer knows, leftmost-longest, not overlapping `taken`. */
export function findTowns(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  gazetteer: Gazetteer,
  options: {
    /** Countries (alpha-3) the report is about: their towns win a shared name. */
    countries: ReadonlyMap<string, number>
    /** Tokens already read as something else (a country, an actor). */
    taken: (token: number) => boolean
    /** The text uses the words starting at this token as a place ("in", "the town of"). */
    placeAt: (token: number) => boolean
    /** Settlements the report names as such ("the village of Tair Harfa"), by token keys. */
    settlements?: ReadonlyMap<string, NamedSettlement>
  }
): TownMatch[] {
  const found: TownMatch[] = []
  // The country the report names most, once per passage rather than once per word run.
  const top = [...options.countries].sort((a, b) => b[1] - a[1])[0]?.[0]
  const maxWords = Math.min(MAX_WORDS, Math.max(1, gazetteer.maxWords))
  let i = from
  while (i < to) {
    const first = tokens[i]
    if (!isCapitalised(first) || options.taken(i) || NEVER.has(first?.key ?? '')) {
      i++
      continue
    }
    let hit: TownMatch | null = null
    // Longest first: "Kafr Nabuda" before "Kafr".
    for (let n = Math.min(maxWords, to - i); n >= 1 && !hit; n--) {
      const last = tokens[i + n - 1] as Token
      if (!isCapitalised(last)) continue
      let ok = true
      for (let k = i; k < i + n; k++) {
        const t = tokens[k] as Token
        if (options.taken(k) || (!isCapitalised(t) && !PLACE_NAME_CONNECTORS.has(t.key))) ok = false
        // A name does not run across a comma or a full stop.
        if (k > i && /[,.;:()]/.test(text.slice((tokens[k - 1] as Token).end, t.start))) ok = false
      }
      if (!ok) continue
      const words = text.slice((first as Token).start, last.end)
      // "Diyala province", "the Sagaing region", "Borno State": the division, not a town.
      const division =
        DIVISION.test(text.slice(last.end, last.end + 16)) || DIVISION_NAME.test(words)
      const regions = division || n > 1 ? regionsOf(gazetteer, words, options.countries) : []
      const exact = gazetteer.lookup(words)
      // A transliteration the gazetteer spells otherwise ("Naqura", "Maarat al Numan"), only
      // where the text uses it as a place and nothing of that spelling is in the report's countries.
      const inReport = exact.some((p) => p.countryCode === top)
      const loose = !inReport && options.placeAt(i) ? gazetteer.lookupLoose(words) : []
      const places =
        division && regions.length > 0
          ? regions
          : rank(dedupe([...exact, ...loose]), options.countries)
      const fallback = places.length > 0 ? places : regionsOf(gazetteer, words, options.countries)
      const best = fallback[0]
      // A settlement the report calls a village or a district, which no town of the report's
      // countries in the gazetteer answers to: kept by name, not moved to a namesake elsewhere.
      // (Keyed only when the report names any: this runs for every capitalised word run.)
      const named = options.settlements?.size
        ? options.settlements.get(settlementKey(tokens, i, i + n))
        : undefined
      const answered =
        named !== undefined &&
        fallback.some((p) => options.countries.size === 0 || options.countries.has(p.countryCode))
      if (named && !answered) {
        hit = {
          kind: 'town',
          place: null,
          district: named.district,
          alternatives: [],
          loose: false,
          start: (first as Token).start,
          end: last.end,
          words,
          firstToken: i,
          endToken: i + n
        }
        continue
      }
      if (!best) continue
      const kind = (division && regions.length > 0) || places.length === 0 ? 'region' : 'town'
      hit = {
        kind,
        place: best,
        alternatives: fallback.slice(1, 6),
        loose: exact.length === 0 && kind === 'town',
        start: (first as Token).start,
        end: last.end,
        words,
        firstToken: i,
        endToken: i + n
      }
    }
    if (hit) {
      found.push(hit)
      i = hit.endToken
    } else i++
  }
  return found
}

const dedupe = (places: readonly GazetteerPlace[]): GazetteerPlace[] => {
  const seen = new Set<number>()
  return places.filter((p) => !seen.has(p.id) && seen.add(p.id))
}

// The report's own countries first, then capitals and seats, then the most populous.
function rank(
  places: readonly GazetteerPlace[],
  countries: ReadonlyMap<string, number>
): GazetteerPlace[] {
  // The more often the report names a country, the likelier a shared name is there.
  const weight = (p: GazetteerPlace): number =>
    (countries.has(p.countryCode) ? 4 + Math.min(countries.get(p.countryCode) ?? 0, 20) / 4 : 0) +
    (p.kind === 'capital' ? 2 : p.kind === 'admin-seat' ? 1 : 0)
  return [...places].sort((a, b) => weight(b) - weight(a) || b.population - a.population)
}
