// Fatality figures in a passage, coded the ACLED way: the most conservative figure ("between 10
// and 15" → 10, "at least 7" → 7), "tens" 10, "dozens" 12, "hundreds" 100 (docs/domain.md), and
// by the same one-unit reading "scores" 20, "thousands" 1000. Vague words the codebook excerpt in
// domain.md does not cover get this workbench's conservative reading, always with the source's
// phrase kept: "a few" / "a couple" 2, "several" / "a handful" / "many" / "numerous" /
// "a number of" 3. Injuries are not fatalities and are never read.
import type { FatalitiesValue, SuggestedValue } from './event-suggestion'

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen'
]
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

/** Vague quantities and the figure coded for each. */
export const VAGUE_FATALITIES: Readonly<Record<string, number>> = {
  tens: 10,
  dozens: 12,
  'a dozen': 12,
  dozen: 12,
  scores: 20,
  hundreds: 100,
  'a hundred': 100,
  thousands: 1000,
  'a couple': 2,
  'a few': 2,
  several: 3,
  'a handful': 3,
  many: 3,
  numerous: 3,
  'a number': 3
}

const DIGITS = '\\d{1,3}(?:,\\d{3})+|\\d+'
const WORD_NUMBER = `(?:${TENS.slice(2).join('|')})(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.slice(1).reverse().join('|')}`
const VAGUE =
  'a number of|a couple of|a handful of|a few|a dozen|a hundred|several|many|numerous|scores of|scores|dozens of|dozens|tens of|tens|hundreds of|hundreds|thousands of|thousands|dozen'
const QUALIFIER =
  '(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|roughly|approximately|an estimated|a total of)\\s+'
const AMOUNT = `(?:${QUALIFIER})?(?:between\\s+)?(?:${DIGITS}|${WORD_NUMBER}|${VAGUE})(?:\\s*(?:and|to|or|-|–)\\s*(?:${DIGITS}|${WORD_NUMBER}))?`
const KILL_VERB =
  'killed|killing|kills|shot dead|shot and killed|gunned down|beheaded|beheading|executed|massacred|stabbed to death|hacked to death|burned to death|burnt to death|claimed the lives of|claiming the lives of|left dead'

// "killed 22", "killing three soldiers", "shot dead a protester".
const VERB_FIRST = new RegExp(`\\b(?:${KILL_VERB})\\s+(${AMOUNT}|an?)(?![\\p{L}\\p{N}])`, 'giu')
// "Dozens of people were killed", "three soldiers died", "15 dead".
const AMOUNT_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N},])(?<!\\bno\\s)(${AMOUNT})(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:(?:were|was|have been|had been|are|is)\\s+)?(?:killed|dead|died|shot dead|lost their lives|perished)\\b`,
  'giu'
)
// "31 soldiers and three auxiliaries were killed", "the deaths of one soldier and 14 civilians",
// "killing five soldiers and two civilians": one toll told in parts is their sum.
const PART = `(${AMOUNT})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:[\\p{L}-]+)`
const SUM = new RegExp(
  `(?:\\b(?:deaths of|${KILL_VERB})\\s+)?(?<![\\p{L}\\p{N},])${PART}(?:\\s*,\\s*${PART})?\\s*,?\\s+and\\s+${PART}(?=(?:\\s+(?:were|was|have been|had been)\\s+(?:killed|shot dead))|\\s+(?:died|dead|killed)\\b|\\s+(?:in|near|at|on|during|after|when|while)\\b|[\\s,.;]*$|[,.;])`,
  'giu'
)
// "the number of fatalities reaching 22", "put the toll at between 10 and 15".
const TOLL = new RegExp(
  `\\b(?:death toll|toll|number of (?:fatalities|deaths|dead|people killed)|fatalities|deaths)(?:\\s+[\\p{L}]+){0,3}?\\s+(?:at|of|to|reaching|reached|rose to|stood at|stands at|climbed to|was|is)\\s+(${AMOUNT})(?![\\p{L}\\p{N}])`,
  'giu'
)
const NONE =
  /\b(?:no one|nobody) (?:was|were) (?:killed|hurt|injured)|\bno (?:casualties|deaths|fatalities)\b/gi

// Every pattern above holds one of these words: a sentence without any has no figure, and the
// long patterns (run at every position) are not tried on it.
const FATALITY_WORD =
  /kill|dead|died|lives|perished|gunned|toll|fatalities|deaths|hurt|injured|casualties|behead|executed|massacred|to death/iu

function wordValue(word: string): number | null {
  const w = word.toLowerCase().trim()
  if (/^[\d,]+$/.test(w)) return Number(w.replace(/,/g, ''))
  if (w === 'a' || w === 'an') return 1
  const unit = UNITS.indexOf(w)
  if (unit >= 0) return unit
  const [tens, ones] = w.split(/[- ]/)
  const t = TENS.indexOf(tens ?? '')
  if (t >= 2) return t * 10 + (ones ? Math.max(0, UNITS.indexOf(ones)) : 0)
  return null
}

/** The figure coded for an amount phrase ("at least 7" → 7, "between 10 and 15" → 10, "dozens" → 12). */
export function parseFatalityCount(phrase: string): number | null {
  const core = phrase
    .toLowerCase()
    .replace(new RegExp(`^${QUALIFIER}`, 'i'), '')
    .replace(/^between\s+/, '')
  const vague = core.replace(/\s+of$/, '')
  if (vague in VAGUE_FATALITIES) return VAGUE_FATALITIES[vague] ?? null
  const parts = core.split(/\s*(?:\band\b|\bto\b|\bor\b|-(?=\s*\d)|–)\s*/).filter((p) => p !== '')
  const values = parts.map(wordValue).filter((v): v is number => v !== null)
  return values.length > 0 ? Math.min(...values) : null
}

/** Fatality figures in text[from, to), in text order. */
export function findFatalities(
  text: string,
  from: number,
  to: number
): SuggestedValue<FatalitiesValue>[] {
  const slice = text.slice(from, to)
  const out: SuggestedValue<FatalitiesValue>[] = []
  if (!FATALITY_WORD.test(slice)) return out
  const seen = new Set<number>()
  for (const re of [VERB_FIRST, AMOUNT_FIRST, TOLL]) {
    re.lastIndex = 0
    for (const m of slice.matchAll(re)) {
      const phrase = (m[1] ?? '').trim()
      const count = parseFatalityCount(phrase)
      const at = from + m.index + m[0].indexOf(phrase)
      if (count === null || seen.has(at)) continue
      // A year is not a death toll ("in 2023 fighting killed...").
      if (re === AMOUNT_FIRST && /^(?:19|20)\d\d$/.test(phrase)) continue
      seen.add(at)
      out.push({
        value: { count, phrase },
        start: from + m.index,
        end: from + m.index + m[0].length,
        words: m[0]
      })
    }
  }
  SUM.lastIndex = 0
  for (const m of slice.matchAll(SUM)) {
    const lead = /^(?:deaths of|killed|killing|kills|shot dead)\b/i.test(m[0])
    const tail =
      /^\s+(?:(?:were|was|have been|had been)\s+)?(?:killed|shot dead|died|dead)\b/i.test(
        slice.slice(m.index + m[0].length, m.index + m[0].length + 30)
      )
    if (!lead && !tail) continue
    const parts = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined)
    const counts = parts.map((p) => parseFatalityCount(p.trim()))
    if (counts.some((c) => c === null) || parts.some((p) => /^(?:19|20)\d\d$/.test(p.trim())))
      continue
    const total = (counts as number[]).reduce((a, b) => a + b, 0)
    const start = from + m.index
    // The sum replaces the figures read from its parts.
    for (let k = out.length - 1; k >= 0; k--) {
      const f = out[k] as SuggestedValue<FatalitiesValue>
      if (f.start < start + m[0].length + 40 && f.end > start) out.splice(k, 1)
    }
    out.push({
      value: {
        count: total,
        phrase: m[0].replace(/^(?:deaths of|killed|killing|kills|shot dead)\s+/i, '')
      },
      start,
      end: start + m[0].length,
      words: m[0]
    })
  }
  for (const m of slice.matchAll(NONE)) {
    out.push({
      value: { count: 0, phrase: m[0] },
      start: from + m.index,
      end: from + m.index + m[0].length,
      words: m[0]
    })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** The most conservative of several figures for one event (ACLED), keeping its phrase. */
export function mostConservative(
  figures: readonly SuggestedValue<FatalitiesValue>[]
): SuggestedValue<FatalitiesValue> | undefined {
  let best: SuggestedValue<FatalitiesValue> | undefined
  for (const f of figures) if (!best || f.value.count < best.value.count) best = f
  return best
}

/** One figure shared by `parts` events (one per country or day): equal shares, the remainder to the first ones. */
export function splitFatalities(
  value: FatalitiesValue,
  parts: number,
  index: number
): FatalitiesValue {
  if (parts <= 1) return value
  const share = Math.floor(value.count / parts) + (index < value.count % parts ? 1 : 0)
  return { count: share, phrase: value.phrase, split: { total: value.count, parts } }
}
