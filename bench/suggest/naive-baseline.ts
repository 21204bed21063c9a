// The baseline the benchmark compares against: what the same lookups cost without the shared
// precompiled matcher. chrono-node's stock parser runs over the whole text, and every alias the
// suggester knows (actors, country forces, places, trigger words) is its own case-insensitive,
// word-bounded RegExp, compiled once and tested on each sentence in turn.
import { casual } from 'chrono-node/en'
import countries from 'world-countries'
import {
  BUILTIN_ACTORS,
  FORCE_NOUNS,
  GOVERNMENT_NOUNS,
  POLICE_NOUNS
} from '../../src/core/suggest/builtin-actors'
import places from '../../src/core/suggest/data/places.json'
import { splitSentences } from '../../src/core/suggest/split-sentences'

export interface BaselineCounts {
  dates: number
  actors: number
  places: number
  triggers: number
}

const TRIGGERS =
  'airstrike|airstrikes|air strike|drone strike|drone attack|shelling|shelled|artillery|mortar|rocket|rockets|missile|missiles|roadside bomb|improvised explosive|IED|landmine|explosives|bomb|bombed|suicide bomber|suicide bombing|grenade|clash|clashes|clashed|fighting|battle|firefight|ambush|protest|protests|protested|demonstration|demonstrations|rally|marched|riot|rioting|looted|set fire|ceasefire|truce|agreement|talks|arrested|detained|abducted|kidnapped|kidnapping|threatened|threatening|vowed|killed|killing|shot dead|tear gas|water cannon'

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const compile = (aliases: Iterable<string>): RegExp[] =>
  [...new Set(aliases)].map(
    (a) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(a)}(?![\\p{L}\\p{N}])`, 'iu')
  )

function aliasLists(): { actors: RegExp[]; places: RegExp[]; triggers: RegExp[] } {
  const nouns = [FORCE_NOUNS, POLICE_NOUNS, GOVERNMENT_NOUNS].join('|').split('|')
  const actorAliases = BUILTIN_ACTORS.flatMap((a) => a.aliases.split('|'))
  const placeAliases: string[] = []
  for (const c of countries) {
    const dem = c.demonyms['eng']?.m ?? ''
    placeAliases.push(c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3))
    if (dem) placeAliases.push(dem)
    for (const prefix of [c.name.common, dem].filter(Boolean)) {
      for (const n of nouns) actorAliases.push(`${prefix} ${n}`)
    }
  }
  for (const p of [...places.cities, ...places.admin1]) {
    placeAliases.push(p.name, ...(p.aliases ?? []))
  }
  return {
    actors: compile(actorAliases),
    places: compile(placeAliases),
    triggers: compile(TRIGGERS.split('|'))
  }
}

let lists: ReturnType<typeof aliasLists> | null = null

/** Runs the naive lookups over `text`; `publishedAt` is YYYY-MM-DD. */
export function naiveBaseline(text: string, publishedAt: string): BaselineCounts {
  lists ??= aliasLists()
  const [y, m, d] = publishedAt.split('-').map(Number)
  const dates = casual.parse(text, new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12)).length
  const counts: BaselineCounts = { dates, actors: 0, places: 0, triggers: 0 }
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end)
    for (const re of lists.actors) if (re.test(sentence)) counts.actors++
    for (const re of lists.places) if (re.test(sentence)) counts.places++
    for (const re of lists.triggers) if (re.test(sentence)) counts.triggers++
  }
  return counts
}
