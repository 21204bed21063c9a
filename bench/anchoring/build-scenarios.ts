import type { Rng } from './prng'

/** A quoted span of a text. */
export interface Span {
  start: number
  end: number
}

/** A text derived from the original, with where each quote truly is in it (null: deleted). */
export interface Scenario {
  name: string
  text: string
  truth: (Span | null)[]
}

/**
 * `count` non-overlapping quotes of 5–40 whole words, one per equal slice of the text's words,
 * at least 8 words apart so that one quote's edits never touch another's 32-char context.
 */
export function pickQuotes(rng: Rng, text: string, count: number): Span[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length
  }))
  const slice = Math.floor(words.length / count)
  const quotes: Span[] = []
  for (let i = 0; i < count; i++) {
    const length = rng.int(5, 40)
    const first = i * slice + rng.int(4, slice - length - 4)
    const a = words[first]
    const b = words[first + length - 1]
    if (a === undefined || b === undefined) throw new Error('article too short for the quotes')
    quotes.push({ start: a.start, end: b.end })
  }
  return quotes
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

// Applies `edits` substitutions, insertions and deletions at distinct random places in `quote`.
function editQuote(rng: Rng, quote: string, edits: number): string {
  const chars = quote.split('')
  const touched = new Set<number>()
  while (touched.size < edits) touched.add(rng.int(0, chars.length - 1))
  // Right to left, so earlier indices stay valid after an insertion or deletion.
  for (const at of [...touched].sort((x, y) => y - x)) {
    const kind = rng.int(0, 2)
    const other = (): string => {
      const c = rng.pick(LETTERS.split(''))
      return c === chars[at] ? 'q' : c
    }
    if (kind === 0) chars[at] = other()
    else if (kind === 1) chars.splice(at, 0, other())
    else chars.splice(at, 1)
  }
  return chars.join('')
}

/** The original text with each quote edited in 10% of its characters (at least one edit). */
export function editedScenario(rng: Rng, text: string, quotes: Span[]): Scenario {
  const parts: string[] = []
  const truth: Span[] = []
  let from = 0
  let length = 0
  for (const q of quotes) {
    const quote = text.slice(q.start, q.end)
    let edited = quote
    while (edited === quote) {
      edited = editQuote(rng, quote, Math.max(1, Math.round(quote.length * 0.1)))
    }
    const gap = text.slice(from, q.start)
    parts.push(gap, edited)
    truth.push({ start: length + gap.length, end: length + gap.length + edited.length })
    length += gap.length + edited.length
    from = q.end
  }
  parts.push(text.slice(from))
  return { name: 'edited 10% inside each quote', text: parts.join(''), truth }
}

/** The original text with every quoted passage deleted. */
export function deletedScenario(text: string, quotes: Span[]): Scenario {
  const parts: string[] = []
  let from = 0
  for (const q of quotes) {
    parts.push(text.slice(from, q.start))
    from = q.end
  }
  parts.push(text.slice(from))
  return { name: 'quoted passages deleted', text: parts.join(''), truth: quotes.map(() => null) }
}

/**
 * The original text with every quoted passage deleted together with 1–3 words on each side, so
 * that the quote's stored context is damaged too: no cut site remains and only the refusal to
 * jump to look-alikes keeps an anchor from landing elsewhere.
 */
export function deletedWithContextScenario(rng: Rng, text: string, quotes: Span[]): Scenario {
  const wordStarts = [...text.matchAll(/\S+/g)].map((m) => m.index)
  const wordEnds = [...text.matchAll(/\S+/g)].map((m) => m.index + m[0].length)
  const parts: string[] = []
  let from = 0
  for (const q of quotes) {
    const first = wordStarts.findLastIndex((s) => s <= q.start) - rng.int(1, 3)
    const last = wordEnds.findIndex((e) => e >= q.end) + rng.int(1, 3)
    const start = wordStarts[Math.max(0, first)] ?? q.start
    const end = wordEnds[Math.min(wordEnds.length - 1, last)] ?? q.end
    parts.push(text.slice(from, start))
    from = end
  }
  parts.push(text.slice(from))
  return {
    name: 'deleted with 1–3 words around',
    text: parts.join(''),
    truth: quotes.map(() => null)
  }
}
