// The baseline the benchmark compares against: what the same lookups cost without the shared
// precompiled matcher. chrono-node's stock parser runs over the whole text, and every alias of
// naive-words.txt (the actors, country forces, places and trigger words the suggester knew before
// issue 12, kept as a plain list so the baseline does not move with the engine) is its own
// case-insensitive, word-bounded RegExp, compiled once and tested on each sentence in turn.
import { casual } from 'chrono-node/en'
import { readFileSync } from 'node:fs'
import countries from 'world-countries'

export interface BaselineCounts {
  dates: number
  actors: number
  places: number
  triggers: number
}

const TRIGGERS =
  'airstrike|airstrikes|air strike|drone strike|drone attack|shelling|shelled|artillery|mortar|rocket|rockets|missile|missiles|roadside bomb|improvised explosive|IED|landmine|explosives|bomb|bombed|suicide bomber|suicide bombing|grenade|clash|clashes|clashed|fighting|battle|firefight|ambush|protest|protests|protested|demonstration|demonstrations|rally|marched|riot|rioting|looted|set fire|ceasefire|truce|agreement|talks|arrested|detained|abducted|kidnapped|kidnapping|threatened|threatening|vowed|killed|killing|shot dead|tear gas|water cannon'

/** naive-words.txt: one alias a line under [actors], [nouns] and [places]; '#' starts a comment. */
function readWords(): Record<'actors' | 'nouns' | 'places', string[]> {
  const lists = { actors: [] as string[], nouns: [] as string[], places: [] as string[] }
  let section: keyof typeof lists | null = null
  for (const raw of readFileSync(new URL('naive-words.txt', import.meta.url), 'utf8').split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const heading = /^\[(actors|nouns|places)\]$/.exec(line)
    if (heading) section = heading[1] as keyof typeof lists
    else if (section) lists[section].push(line)
  }
  return lists
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const compile = (aliases: Iterable<string>): RegExp[] =>
  [...new Set(aliases)].map(
    (a) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(a)}(?![\\p{L}\\p{N}])`, 'iu')
  )

function aliasLists(): { actors: RegExp[]; places: RegExp[]; triggers: RegExp[] } {
  const words = readWords()
  const actorAliases = [...words.actors]
  const placeAliases = [...words.places]
  for (const c of countries) {
    const dem = c.demonyms['eng']?.m ?? ''
    placeAliases.push(c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3))
    if (dem) placeAliases.push(dem)
    for (const prefix of [c.name.common, dem].filter(Boolean)) {
      for (const n of words.nouns) actorAliases.push(`${prefix} ${n}`)
    }
  }
  return {
    actors: compile(actorAliases),
    places: compile(placeAliases),
    triggers: compile(TRIGGERS.split('|'))
  }
}

/** Sentences the plain way: after . ! or ? (and a closing quote) before a space and a capital. */
const sentences = (text: string): string[] => text.split(/(?<=[.!?]["”’]?)\s+(?=["“A-Z])|\n+/)

let lists: ReturnType<typeof aliasLists> | null = null

/** Runs the naive lookups over `text`; `publishedAt` is YYYY-MM-DD. */
export function naiveBaseline(text: string, publishedAt: string): BaselineCounts {
  lists ??= aliasLists()
  const [y, m, d] = publishedAt.split('-').map(Number)
  const dates = casual.parse(text, new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12)).length
  const counts: BaselineCounts = { dates, actors: 0, places: 0, triggers: 0 }
  for (const sentence of sentences(text)) {
    for (const re of lists.actors) if (re.test(sentence)) counts.actors++
    for (const re of lists.places) if (re.test(sentence)) counts.places++
    for (const re of lists.triggers) if (re.test(sentence)) counts.triggers++
  }
  return counts
}
