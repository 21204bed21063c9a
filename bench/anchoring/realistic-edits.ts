import { editDistance } from '@core/anchoring'
import type { Span } from './build-scenarios'
import type { Rng } from './prng'
import { TracedText, type Truth } from './traced-text'

/** A derived text with where each quote truly is in it (ranges, see `Truth`; null: gone). */
export interface TracedScenario {
  name: string
  text: string
  truth: (Truth | null)[]
}

// What an editor writes when correcting or tightening a news sentence.
const CLAUSES = [
  'officials later said',
  'according to a revised count',
  'the ministry confirmed',
  'despite earlier denials',
  'in the early hours',
  'by the end of the day',
  'as fighting resumed',
  'hospital staff said',
  'local officials reported',
  'which the army disputed',
  'a day later',
  'after a second attack',
  'a correction issued on Monday',
  'at least',
  'more than',
  'nearly',
  'including several children',
  'in a revised statement',
  'rescue workers said',
  'while talks were under way'
]
const WORDS = [
  'reportedly',
  'allegedly',
  'later',
  'again',
  'also',
  'officially',
  'finally',
  'roughly',
  'now',
  'since',
  'injured',
  'died',
  'fled',
  'troops',
  'forces',
  'residents',
  'officials',
  'town',
  'district',
  'province',
  'announced',
  'denied',
  'rejected',
  'confirmed'
]

interface Token {
  text: string
  /** Offset in the original text, or null for new text. */
  from: number | null
}

const isWord = (t: Token): boolean => /\S/.test(t.text)

function tokenise(text: string, span: Span): Token[] {
  const tokens: Token[] = []
  for (const m of text.slice(span.start, span.end).matchAll(/\s+|\S+/g)) {
    tokens.push({ text: m[0], from: span.start + m.index })
  }
  return tokens
}

// One realistic edit of a sentence's words, in place: a corrected figure, a rewritten clause, a
// replaced or dropped word, or an inserted attribution.
function rewriteOnce(rng: Rng, tokens: Token[]): void {
  const words = tokens.flatMap((t, i) => (isWord(t) ? [i] : []))
  const numbers = words.filter((i) => /\d/.test(tokens[i]?.text ?? '') && tokens[i]?.from !== null)
  const kind =
    numbers.length > 0 && rng.chance(0.5)
      ? 'number'
      : rng.pick(['clause', 'clause', 'word', 'insert', 'drop'])
  if (kind === 'number') {
    const i = rng.pick(numbers)
    const old = tokens[i]!.text
    tokens[i] = { text: old.replace(/\d+/, (n) => String(Number(n) + rng.int(1, 40))), from: null }
  } else if (kind === 'clause' && words.length >= 3) {
    const length = rng.int(2, Math.min(5, words.length - 1))
    const first = rng.int(0, words.length - length)
    const a = words[first]!
    const b = words[first + length - 1]!
    // Keep the clause's closing punctuation: it belongs to the sentence, not the clause.
    const punctuation = /[.,;:"]+$/.exec(tokens[b]!.text)?.[0] ?? ''
    tokens.splice(a, b - a + 1, { text: rng.pick(CLAUSES) + punctuation, from: null })
  } else if (kind === 'word' || words.length < 3) {
    const i = rng.pick(words)
    const punctuation = /[.,;:"]+$/.exec(tokens[i]!.text)?.[0] ?? ''
    tokens[i] = { text: rng.pick(WORDS) + punctuation, from: null }
  } else if (kind === 'insert') {
    const i = rng.pick(words)
    tokens.splice(i + 1, 0, { text: ' ', from: null }, { text: rng.pick(WORDS), from: null })
  } else {
    const at = rng.int(1, words.length - 1)
    const i = words[at]!
    // The word and the space before it.
    tokens.splice(i - 1, 2)
  }
}

const joined = (tokens: Token[]): string => tokens.map((t) => t.text).join('')

// Rewrites a quote until `rate` (±0.04) of its chars differ (Levenshtein / length); the closest
// of a few attempts when none lands in the band.
function rewriteQuote(rng: Rng, text: string, span: Span, rate: number): Token[] {
  const quote = text.slice(span.start, span.end)
  let best: { tokens: Token[]; gap: number } | null = null
  for (let attempt = 0; attempt < 30; attempt++) {
    const tokens = tokenise(text, span)
    let changed = 0
    for (let step = 0; step < 40 && changed < rate - 0.03; step++) {
      rewriteOnce(rng, tokens)
      changed = editDistance(joined(tokens), quote) / quote.length
    }
    const gap = Math.abs(changed - rate)
    if (best === null || gap < best.gap) best = { tokens, gap }
    if (gap <= 0.04) break
  }
  return best!.tokens
}

/**
 * Each quote rewritten as an editor would (corrected figures, rewritten clauses, replaced,
 * dropped or inserted words) until `rate` of its chars changed; its context is left intact.
 */
export function rewrittenScenario(
  rng: Rng,
  text: string,
  quotes: Span[],
  rate: number
): TracedScenario {
  const traced = new TracedText(text)
  let from = 0
  for (const q of quotes) {
    traced.copy(from, q.start)
    for (const t of rewriteQuote(rng, text, q, rate)) {
      if (t.from === null) traced.insert(t.text)
      else traced.copy(t.from, t.from + t.text.length)
    }
    from = q.end
  }
  traced.copy(from, text.length)
  const { text: edited, truthOf } = traced.finish()
  const name = `${Math.round(rate * 100)}% of each quote rewritten`
  return { name, text: edited, truth: quotes.map(truthOf) }
}

/**
 * One word edit per `every` words over the whole text, quotes and context alike: a word replaced,
 * a letter changed (a typo made or fixed), a word dropped or a word inserted.
 */
export function wordEditsScenario(
  rng: Rng,
  text: string,
  quotes: Span[],
  every: number
): TracedScenario {
  const traced = new TracedText(text)
  let from = 0
  for (const m of text.matchAll(/\S+/g)) {
    if (!rng.chance(1 / every)) continue
    const start = m.index
    const end = start + m[0].length
    traced.copy(from, start)
    const kind = rng.int(0, 3)
    if (kind === 0) {
      const punctuation = /[.,;:"]+$/.exec(m[0])?.[0] ?? ''
      traced.insert(rng.pick(WORDS) + punctuation)
      from = end
    } else if (kind === 1) {
      const at = start + rng.int(0, m[0].length - 1)
      traced.copy(start, at)
      traced.insert(at === start ? 'x' : 'e')
      from = at + 1
    } else if (kind === 2 && text[end] === ' ') {
      from = end + 1
    } else {
      traced.insert(`${rng.pick(WORDS)} `)
      from = start
    }
  }
  traced.copy(from, text.length)
  const { text: edited, truthOf } = traced.finish()
  return { name: `one word edit per ${every} words`, text: edited, truth: quotes.map(truthOf) }
}

/** `share` of the paragraphs moved, each to a random other place among the paragraphs. */
export function paragraphMovesScenario(
  rng: Rng,
  text: string,
  quotes: Span[],
  share: number
): TracedScenario {
  const paragraphs: Span[] = []
  for (const m of text.matchAll(/[^\n]+/g))
    paragraphs.push({ start: m.index, end: m.index + m[0].length })
  const moved = paragraphs.filter(() => rng.chance(share))
  const order = paragraphs.filter((p) => !moved.includes(p))
  for (const p of moved) order.splice(rng.int(0, order.length), 0, p)
  const traced = new TracedText(text)
  order.forEach((p, i) => {
    if (i > 0) traced.insert('\n\n')
    traced.copy(p.start, p.end)
  })
  const { text: edited, truthOf } = traced.finish()
  const name = `${Math.round(share * 100)}% of paragraphs moved`
  return { name, text: edited, truth: quotes.map(truthOf) }
}
