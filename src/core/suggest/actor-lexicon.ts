// The actor lexicon: built-in actors (builtin-actors.ts) and the analyst's registry compiled into
// one trie, plus every country's forces, police and government read off the place matcher ("Somali
// army", "Kenyan police", "Iraq's government", a bare "Iran" acting) instead of ten thousand
// generated aliases. Inter codes of a state's forces depend on where the event is (ACLED): 1
// (State forces) in their own country, 8 (External/Other forces) abroad; see codeActor.
import type { ActorRecord, EventActor, InterCode } from '../../shared/model/event'
import {
  BUILTIN_ACTORS,
  FORCE_NOUNS,
  GOVERNMENT_NOUNS,
  POLICE_NOUNS,
  type BuiltinActor
} from './builtin-actors'
import { findCountry, placeMatcher, type PlaceRef } from './place-gazetteer'
import {
  PhraseMatcher,
  tokenize,
  type PhraseEntry,
  type PhraseMatch,
  type Token
} from './phrase-matcher'

/** An actor the lexicon can name. */
export interface LexiconActor {
  /** Stable key for telling two mentions are the same actor: "builtin:<id>" or "user:<id>". */
  key: string
  /** The registry id for the analyst's own actors, null for built-in ones. */
  actorId: string | null
  /** May contain "{country}", filled with the event's country. */
  name: string
  inter: InterCode | null
  /** ISO alpha-3 of the actor's country; '@event' for the event's; '' for none. */
  country: string
  stateForce: boolean
  /** Matched by a bare country name or demonym ("Iran", "American"): may be a place instead. */
  bare?: boolean
  /** A place standing for those hit there ("the market", "an army post"): never the attacker. */
  targetOnly?: boolean
}

export type ActorMention = PhraseMatch<LexiconActor>

/** The compiled lexicon, shared by every sentence of an article. */
export interface Lexicon {
  /** Actor mentions among tokens[from, to), in text order; `places` saves matching them again. */
  find(
    text: string,
    tokens: readonly Token[],
    from?: number,
    to?: number,
    places?: readonly PhraseMatch<PlaceRef>[]
  ): ActorMention[]
  /** This lexicon with groups found in one article added (the lexicon's own entries win). */
  extend(groups: readonly FoundGroup[]): Lexicon
}

/** A group named in one article (discover-actors.ts); `state` when it is a state's own forces. */
export interface FoundGroup {
  name: string
  aliases: readonly string[]
  inter: InterCode | null
  state?: { country: string; branch: 'military' | 'police' }
}

const ACRONYM = /^[A-Z]{2,6}$/
const BACKER =
  /^[-‐–\s]*(?:backed|aligned|allied|linked|supported|sponsored|funded|armed|affiliated|trained|made|built|supplied|manufactured|designed|produced)\b/i
const ARTICLE_COUNTRIES = new Set([
  'USA',
  'GBR',
  'NLD',
  'PHL',
  'ARE',
  'CAF',
  'COD',
  'COG',
  'BHS',
  'GMB',
  'DOM',
  'CZE'
])
const split = (aliases: string): string[] => aliases.split('|').filter((a) => a !== '')
const norm = (s: string): string => s.trim().toLowerCase()

/** "the United States", "Iraq": how a country is named after "Forces of". */
export function countryPhrase(code: string): string {
  const name = findCountry(code)?.name ?? code
  return ARTICLE_COUNTRIES.has(code) ? `the ${name}` : name
}

type Branch = 'military' | 'police' | 'government'
// Nouns after a country or demonym, as token-key sequences, longest first.
const NOUNS: [Branch, string[]][] = (
  [
    ['military', FORCE_NOUNS],
    ['police', POLICE_NOUNS],
    ['government', GOVERNMENT_NOUNS]
  ] as const
)
  .flatMap(([branch, list]) =>
    split(list).map((n): [Branch, string[]] => [branch, n.toLowerCase().split(' ')])
  )
  .sort((a, b) => b[1].length - a[1].length)

// Words after a demonym that make it the state's forces acting ("Turkish drone strike").
const ARMED_WORDS = new Set(
  'drone drones strike strikes airstrike airstrikes air shelling artillery missile missiles rocket rockets warplanes jets raid raids bombardment offensive operation incursion'.split(
    ' '
  )
)

let curatedEntries: PhraseEntry<LexiconActor>[] | null = null

function curated(): PhraseEntry<LexiconActor>[] {
  curatedEntries ??= BUILTIN_ACTORS.flatMap((b: BuiltinActor) => {
    const actor: LexiconActor = {
      key: `builtin:${b.id}`,
      actorId: null,
      name: b.name,
      inter: b.inter,
      country: b.country,
      stateForce: b.stateForce,
      ...(b.targetOnly ? { targetOnly: true } : {})
    }
    const bareWords = new Set([
      findCountry(b.country)?.name,
      findCountry(b.country)?.demonym,
      'America'
    ])
    return split(b.aliases).map((phrase) => ({
      phrase,
      value: bareWords.has(phrase) ? { ...actor, bare: true } : actor,
      caseRule: ACRONYM.test(phrase) ? ('exact' as const) : ('any' as const)
    }))
  })
  return curatedEntries
}

// The analyst's actors (name and aliases) go first, so they win over a built-in alias spelled
// the same; a built-in or country actor whose name the analyst registered keeps its aliases but
// takes the analyst's entry (id and category).
/** The lexicon for an article: built-in actors merged with the analyst's, the analyst's winning. */
export function createLexicon(userActors: readonly ActorRecord[]): Lexicon {
  return compileLexicon(userActors, [])
}

interface LexiconBase {
  matcher: PhraseMatcher<LexiconActor>
  claimed: (actor: LexiconActor) => LexiconActor
  stateActor: (code: string, branch: Branch, bare: boolean) => LexiconActor
}

// The registry's and the curated actors, compiled once per registry: an article's own groups
// extend it with a small matcher of their own instead of compiling it all again.
const bases = new WeakMap<readonly ActorRecord[], LexiconBase>()

function baseOf(userActors: readonly ActorRecord[]): LexiconBase {
  let base = bases.get(userActors)
  if (!base) {
    base = buildBase(userActors)
    bases.set(userActors, base)
  }
  return base
}

function buildBase(userActors: readonly ActorRecord[]): LexiconBase {
  const userByName = new Map<string, LexiconActor>()
  const entries: PhraseEntry<LexiconActor>[] = []
  for (const a of userActors) {
    const actor: LexiconActor = {
      key: `user:${a.id}`,
      actorId: a.id,
      name: a.name,
      inter: a.category,
      country: a.countryCode,
      stateForce: a.countryCode !== '' && a.category === 1
    }
    userByName.set(norm(a.name), actor)
    const aliases = [a.name, ...a.aliases].filter((s) => s.trim() !== '')
    entries.push(
      ...aliases.map((phrase) => ({
        phrase,
        value: actor,
        caseRule: ACRONYM.test(phrase) ? ('exact' as const) : ('any' as const)
      }))
    )
  }
  const claimed = (actor: LexiconActor): LexiconActor => {
    const user = userByName.get(norm(actor.name))
    return user ? { ...user, bare: actor.bare } : actor
  }
  for (const e of curated()) entries.push({ ...e, value: claimed(e.value) })
  const stateActors = new Map<string, LexiconActor>()
  const stateActor = (code: string, branch: Branch, bare: boolean): LexiconActor => {
    const id = `${branch}-${code}${bare ? '-bare' : ''}`
    let actor = stateActors.get(id)
    if (!actor) {
      const of = countryPhrase(code)
      const name =
        branch === 'military'
          ? `Military Forces of ${of}`
          : branch === 'police'
            ? `Police Forces of ${of}`
            : `Government of ${of}`
      actor = claimed({
        key: `builtin:${branch}-${code}`,
        actorId: null,
        name,
        inter: 1,
        country: code,
        stateForce: true,
        bare
      })
      stateActors.set(id, actor)
    }
    return actor
  }
  return { matcher: new PhraseMatcher(entries), claimed, stateActor }
}

function compileLexicon(userActors: readonly ActorRecord[], found: readonly FoundGroup[]): Lexicon {
  const { matcher, claimed, stateActor } = baseOf(userActors)
  const foundEntries: PhraseEntry<LexiconActor>[] = []
  // Groups found in the article come last: a registered or curated name for them wins, and
  // "Daesh militants" is the curated Daesh, not a new group.
  for (const g of found) {
    const base = g.aliases[0] ?? g.name
    const baseTokens = tokenize(base)
    const same = matcher
      .match(base, baseTokens)
      .find((m) => m.firstToken === 0 && m.endToken === baseTokens.length)
    const actor = same
      ? same.value
      : g.state
        ? stateActor(g.state.country, g.state.branch, false)
        : claimed({
            key: `found:${norm(g.name)}`,
            actorId: null,
            name: g.name,
            inter: g.inter,
            country: '',
            stateForce: false
          })
    for (const phrase of g.aliases) {
      foundEntries.push({
        phrase,
        value: actor,
        caseRule: ACRONYM.test(phrase) ? 'exact' : 'capitalized'
      })
    }
  }
  const foundMatcher = foundEntries.length > 0 ? new PhraseMatcher(foundEntries) : null

  return {
    extend(groups) {
      return groups.length === 0 ? this : compileLexicon(userActors, [...found, ...groups])
    },
    find(text, tokens, from = 0, to = tokens.length, places) {
      const found = leftmostLongest(
        matcher.match(text, tokens, from, to),
        foundMatcher?.match(text, tokens, from, to) ?? []
      )
      const taken = new Set<number>()
      for (const m of found) for (let k = m.firstToken; k < m.endToken; k++) taken.add(k)
      const generated: ActorMention[] = []
      for (const p of places ?? placeMatcher().match(text, tokens, from, to)) {
        if (p.value.kind !== 'country' || taken.has(p.firstToken)) continue
        const code = p.value.country.code
        const noun = NOUNS.find(([, words]) =>
          words.every((w, k) => tokens[p.endToken + k]?.key === w && p.endToken + k < to)
        )
        if (noun) {
          const last = tokens[p.endToken + noun[1].length - 1] as Token
          const m = {
            value: stateActor(code, noun[0], false),
            start: p.start,
            end: last.end,
            firstToken: p.firstToken,
            endToken: p.endToken + noun[1].length
          }
          generated.push({ ...m, words: text.slice(m.start, m.end) })
        } else if (p.value.demonym && ARMED_WORDS.has(tokens[p.endToken]?.key ?? '')) {
          // "a Turkish drone strike", "Israeli shelling": the adjective names who struck.
          generated.push({ ...p, value: stateActor(code, 'military', false) })
        } else if (!p.value.demonym && !/^['’]s\b/.test(text.slice(p.end, p.end + 3))) {
          // "Haiti's capital", "Lebanon's health ministry": a possessive names a place or an
          // office; the forces themselves ("Iraq's army") were matched just above.
          // The bare name ("Iraq", "the United States") acts as the state; a locative use is a place.
          generated.push({ ...p, value: stateActor(code, 'military', true) })
        }
      }
      // Longest wins where they overlap ("Somali army troops" over "army troops"); on a tie the
      // trie's (the analyst's or a curated alias).
      const all = [...found, ...generated].sort(
        (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start)
      )
      const out: ActorMention[] = []
      for (const m of all) {
        // "Iranian-backed militia", "Russia-aligned forces": the backer is not the one acting.
        if (BACKER.test(text.slice(m.end, m.end + 12))) continue
        const last = out[out.length - 1]
        if (!last || m.start >= last.end) out.push(m)
        else if (m.end - m.start > last.end - last.start) out[out.length - 1] = m
      }
      return out
    }
  }
}

// Two matchers' results read as one trie's: leftmost first, the longest there, never
// overlapping; on a tie the first list's ("al-Shabab militants" stays al-Shabab, not an article's
// "Shabab militants" starting inside it).
function leftmostLongest(first: ActorMention[], second: ActorMention[]): ActorMention[] {
  if (second.length === 0) return first
  const all = [...first, ...second].sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start)
  )
  const out: ActorMention[] = []
  for (const m of all) {
    const last = out[out.length - 1]
    if (!last || m.start >= last.end) out.push(m)
  }
  return out
}

// A state's forces are 1 at home and 8 abroad; when the event's country is unknown,
// `articleCountries` (the countries the report places things in) decides: abroad if the actor's
// country is not among them. "{country}" in a name is the event's country, dropped when that is
// unknown.
/** The actor as coded on an event in `eventCountry` (alpha-3, '' when unknown). */
export function codeActor(
  actor: LexiconActor,
  eventCountry: string,
  articleCountries: readonly string[]
): EventActor {
  const own = actorCountry(actor, eventCountry)
  let inter = actor.inter
  if (actor.stateForce && own !== '') {
    const home =
      eventCountry !== ''
        ? own === eventCountry
        : articleCountries.length === 0 || articleCountries.includes(own)
    inter = home ? 1 : 8
  }
  return { name: fillCountry(actor.name, eventCountry), actorId: actor.actorId, inter }
}

function fillCountry(name: string, eventCountry: string): string {
  if (!name.includes('{country}')) return name
  if (eventCountry === '') return name.replace(/ \(\{country\}\)| of \{country\}/, '')
  return name
    .replace(' of {country}', ` of ${countryPhrase(eventCountry)}`)
    .replace('{country}', findCountry(eventCountry)?.name ?? eventCountry)
}

/** The actor's country once the event's is known ('' for none). */
export function actorCountry(actor: LexiconActor, eventCountry: string): string {
  return actor.country === '@event' ? eventCountry : actor.country
}
