// Armed groups a report names that no lexicon knows: "the Fano militia", "Kuki militants",
// "the Viv Ansanm gang", "the Rapid Support Forces (RSF)". They are found once per article, so
// that a later "Fano fighters" or "the RSF" is the same actor; a country's demonym in that place
// ("Malian soldiers") is the state and is left to the lexicon.
import type { InterCode } from '../../shared/model/event'
import { placeMatcher } from './place-gazetteer'
import type { Token } from './phrase-matcher'

/** A group found in this article: its name, the words it goes by here, and its category. */
export interface DiscoveredActor {
  name: string
  aliases: string[]
  inter: InterCode
  /** "the Ethiopian National Defence Force (ENDF)": a state's own forces (alpha-3) and branch. */
  state?: { country: string; branch: 'military' | 'police' }
}

// "<Demonym> National Defence Force", "<Demonym> Armed Forces", "<Demonym> National Police":
// a state's forces under their own name. Names with these words are movements, not the state.
const STATE_WORDS = new Set('national armed defence defense royal federal air naval'.split(' '))
const NOT_STATE = new Set(
  'democratic free liberation revolutionary islamic popular peoples people resistance'.split(' ')
)

// Head nouns after a group's name, and the ACLED category a group so described usually has.
const HEADS: Record<string, { inter: InterCode; suffix: string }> = {
  militia: { inter: 3, suffix: ' Militia' },
  militias: { inter: 3, suffix: ' Militia' },
  militiamen: { inter: 3, suffix: ' Militia' },
  militants: { inter: 3, suffix: ' Militia' },
  fighters: { inter: 3, suffix: ' Militia' },
  gunmen: { inter: 3, suffix: ' Militia' },
  rebels: { inter: 2, suffix: ' Rebels' },
  dissidents: { inter: 2, suffix: ' Dissidents' },
  guerrillas: { inter: 2, suffix: ' Rebels' },
  insurgents: { inter: 2, suffix: ' Rebels' },
  gang: { inter: 3, suffix: '' },
  gangs: { inter: 3, suffix: '' },
  group: { inter: 2, suffix: '' },
  coalition: { inter: 3, suffix: '' },
  alliance: { inter: 3, suffix: '' },
  movement: { inter: 2, suffix: '' },
  cartel: { inter: 3, suffix: ' Cartel' }
}
// Capitalised words before a head that describe rather than name ("Islamist militants",
// "Suspected gunmen", "The group"): left to the lexicon's generic actors.
const NOT_A_NAME = new Set(
  'the a an suspected armed islamist islamic islamists jihadist jihadists muslim christian shiite shia sunni extremist terrorist rival local unidentified unknown several some many other two three four five this that these those tribal ethnic pro government state federal opposition rebel rebels criminal drug his her their its our militia militant gunmen fighters'.split(
    ' '
  )
)
// Names ending in these are organisations whose acronym may follow in brackets.
const ORG_END = new Set(
  'forces force army front movement brigade brigades group council alliance organization organisation corps division battalion regiment guard guards militia union'.split(
    ' '
  )
)
const capitalised = (t: Token | undefined): boolean =>
  !!t && /^\p{Lu}/u.test(t.raw) && !NOT_A_NAME.has(t.key)
// In an organisation's own name every word counts ("Sudanese Armed Forces").
const orgWord = (t: Token | undefined): boolean =>
  !!t && /^\p{Lu}/u.test(t.raw) && !['the', 'a', 'an'].includes(t.key)
const CONNECTOR = new Set(['of', 'al', 'el', 'for', 'de', 'du', 'des', 'la', 'le'])

/** Groups named in the article, for the lexicon to find wherever they recur. */
export function discoverActors(text: string, tokens: readonly Token[]): DiscoveredActor[] {
  const places = placeMatcher()
  // "Malian soldiers", "Sudanese militias": a country's name or demonym there is the state's
  // or the country's, left to the lexicon; a town or region ("Amhara militia") names the group.
  const isCountry = (from: number, to: number): boolean =>
    places
      .match(text, tokens, from, to)
      .some((p) => p.firstToken === from && p.endToken === to && p.value.kind === 'country')
  const found = new Map<string, DiscoveredActor>()
  const add = (words: string, alias: string[], inter: InterCode, name: string): void => {
    const key = words.toLowerCase()
    const known = found.get(key)
    if (known) known.aliases.push(...alias.filter((a) => !known.aliases.includes(a)))
    else found.set(key, { name, aliases: [words, ...alias], inter })
  }
  for (let k = 1; k < tokens.length; k++) {
    const tok = tokens[k] as Token
    // "<Name> militia", "<Name> fighters": up to three capitalised words before the head.
    const head = HEADS[tok.key]
    if (head && capitalised(tokens[k - 1])) {
      let first = k - 1
      // Words of one name, with nothing but a space between them: "(ISIS) group" is no name.
      const joined = (i: number): boolean =>
        /^\s+$/.test(text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start))
      if (!joined(k)) continue
      while (first > 0 && k - first < 3 && capitalised(tokens[first - 1]) && joined(first)) first--
      // A sentence's first word is capitalised anyway; a lone one at a sentence start is no name.
      const startOfSentence = (i: number): boolean =>
        i === 0 ||
        /[.!?:]["'”’]?\s*$|\n/.test(
          text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start)
        )
      if (startOfSentence(first) && first === k - 1) continue
      if (isCountry(first, k)) continue
      const words = text.slice((tokens[first] as Token).start, (tokens[k - 1] as Token).end)
      // "Sudan Liberation Movement": a capitalised head is part of the name.
      if (/^\p{Lu}/u.test(tok.raw)) {
        add(`${words} ${tok.raw}`, [], head.inter, `${words} ${tok.raw}`)
        continue
      }
      add(words, [`${words} ${tok.raw}`], head.inter, words + head.suffix)
      // "Kuki and Meitei militants": two groups under one head.
      const and = tokens[first - 1]
      const other = tokens[first - 2]
      if (and?.key === 'and' && capitalised(other) && !isCountry(first - 2, first - 1)) {
        add(other!.raw, [], head.inter, other!.raw + head.suffix)
      }
    }
    // "the Allied Democratic Forces (ADF)": the acronym is the group's name from here on.
    if (
      ORG_END.has(tok.key) &&
      /^\s*\(\s*[A-Z][A-Z0-9-]{1,7}\s*\)/.test(text.slice(tok.end, tok.end + 12))
    ) {
      let first = k
      while (
        first > 0 &&
        k - first < 6 &&
        (orgWord(tokens[first - 1]) || CONNECTOR.has(tokens[first - 1]?.key ?? ''))
      )
        first--
      while (first < k && CONNECTOR.has(tokens[first]?.key ?? '')) first++
      if (first === k || !orgWord(tokens[first])) continue
      const words = text.slice((tokens[first] as Token).start, tok.end)
      const acronym = /\(\s*([A-Z][A-Z0-9-]{1,7})\s*\)/.exec(text.slice(tok.end, tok.end + 12))?.[1]
      if (!acronym) continue
      const state = stateForces(text, tokens, first, k, places)
      add(words, [acronym], 2, `${acronym}: ${words}`)
      const entry = found.get(words.toLowerCase())
      if (entry && state) entry.state = state
    }
  }
  return [...found.values()]
}

function stateForces(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  places: ReturnType<typeof placeMatcher>
): DiscoveredActor['state'] | undefined {
  const demonym = places
    .match(text, tokens, first, first + 1)
    .find((p) => p.value.kind === 'country' && p.value.demonym)
  if (!demonym || demonym.value.kind !== 'country') return undefined
  const words = tokens.slice(first + 1, last + 1).map((t) => t.key)
  if (words.some((w) => NOT_STATE.has(w)) || !words.some((w) => STATE_WORDS.has(w)))
    return undefined
  const branch = words.includes('police') ? 'police' : 'military'
  return { country: demonym.value.country.code, branch }
}
