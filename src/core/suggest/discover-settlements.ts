// Villages, towns and districts a report names as such ("the border village of Tair Harfa",
// "Nyaung Kone village", "the Al Azim district"). Conflict is reported from places too small for
// any gazetteer of towns (a third of the development corpus's towns are not in GeoNames'
// cities500), and the report itself says they are places: the name is kept as the report spells
// it, without coordinates, rather than dropped or moved to the nearest town the gazetteer knows.
import type { PhraseMatch, Token } from './phrase-matcher'
import { placeMatcher, type PlaceRef } from './place-gazetteer'

/** A place the text calls a village, town or district, keyed by its words' token keys. */
export interface NamedSettlement {
  words: string
  /** A district or area: ACLED's geo-precision 2, the event is somewhere in it. */
  district: boolean
}

// "the village of X": the head noun before "of".
const HEAD_OF = new Set(
  'village town city hamlet locality township settlement neighbourhood neighborhood suburb district commune municipality area'.split(
    ' '
  )
)
// "X village", "X district": the head noun after the name.
const HEAD_AFTER = new Set(
  'village villager villagers hamlet locality township neighbourhood neighborhood district commune municipality area'.split(
    ' '
  )
)
const DISTRICT = new Set('district area municipality township commune'.split(' '))
/** Lower-case words inside place names: "Maarat al-Numan", "Port-au-Prince", "Dar es Salaam". */
export const PLACE_NAME_CONNECTORS: ReadonlySet<string> = new Set(
  'al el ad ar as an at ash az ad-dawr de del della di da do dos das du des la le les au aux sur en es bin ibn i y'.split(
    ' '
  )
)
// Capitalised words that never start a place name.
const NOT_A_NAME = new Set(
  'the a an this that these those its their his her our one two three several some another every each all same first last new old main local border'.split(
    ' '
  )
)
const MAX_WORDS = 4

const capitalised = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.raw)

/** The key a run of tokens is known by (token keys joined by spaces). */
export const settlementKey = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((t) => t.key)
    .join(' ')

/**
 * Settlements the text names as such, by key. `places` are the country and province names found
 * in the whole text, when the caller has them already.
 */
export function discoverSettlements(
  text: string,
  tokens: readonly Token[],
  places: readonly PhraseMatch<PlaceRef>[] = placeMatcher().match(text, tokens)
): Map<string, NamedSettlement> {
  // A country or a demonym is never a settlement's name ("an Israeli town", "Russian town").
  const national = new Set<number>()
  for (const m of places)
    if (m.value.kind === 'country') for (let k = m.firstToken; k < m.endToken; k++) national.add(k)
  const joined = (a: number, b: number): boolean =>
    !/[,.;:()"“”]/.test(text.slice((tokens[a] as Token).end, (tokens[b] as Token).start))
  const nameOk = (from: number, to: number): boolean => {
    if (to <= from || !capitalised(tokens[from]) || !capitalised(tokens[to - 1])) return false
    if (NOT_A_NAME.has((tokens[from] as Token).key)) return false
    for (let k = from; k < to; k++) if (national.has(k)) return false
    return true
  }
  const out = new Map<string, NamedSettlement>()
  const add = (from: number, to: number, district: boolean): void => {
    const key = settlementKey(tokens, from, to)
    const words = text.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end)
    if (!out.has(key)) out.set(key, { words, district })
  }

  for (let i = 0; i < tokens.length; i++) {
    const key = (tokens[i] as Token).key
    // "the (border) village of Tair Harfa": the longest capitalised run after "of".
    if (HEAD_OF.has(key) && tokens[i + 1]?.key === 'of' && joined(i, i + 1)) {
      const from = i + 2
      let to = from
      while (
        to < tokens.length &&
        to - from < MAX_WORDS &&
        (capitalised(tokens[to]) || PLACE_NAME_CONNECTORS.has((tokens[to] as Token).key)) &&
        (to === from || joined(to - 1, to))
      )
        to++
      while (to > from && !capitalised(tokens[to - 1])) to--
      if (from < tokens.length && joined(i + 1, from) && nameOk(from, to))
        add(from, to, DISTRICT.has(key))
    }
    // "in Nyaung Kone village", "the Al Azim district": a name before the head noun, not an
    // adjective ("a Shiite village", "a predominantly Shiite village").
    if (HEAD_AFTER.has(key) && i > 0 && capitalised(tokens[i - 1]) && joined(i - 1, i)) {
      let from = i - 1
      while (
        from > 0 &&
        i - from < MAX_WORDS &&
        (capitalised(tokens[from - 1]) ||
          PLACE_NAME_CONNECTORS.has((tokens[from - 1] as Token).key)) &&
        !NOT_A_NAME.has((tokens[from - 1] as Token).key) &&
        joined(from - 1, from)
      )
        from--
      while (from < i && !capitalised(tokens[from])) from++
      const before = tokens[from - 1]?.key ?? ''
      const adjective = before === 'a' || before === 'an' || /ly$/.test(before)
      // A name at the start of a sentence may be any capitalised word ("Every village...").
      const sentenceStart =
        from === 0 || /[.!?]\s*$/.test(text.slice(0, (tokens[from] as Token).start).slice(-3))
      if (!adjective && !sentenceStart && nameOk(from, i)) add(from, i, DISTRICT.has(key))
    }
  }
  return out
}
