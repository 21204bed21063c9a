// Sentence segmentation for news copy. Intl.Segmenter (ICU) when the runtime has it, a regex
// splitter otherwise; both then glue back the breaks ICU and the regex make after abbreviations
// ("Gen. Smith", "U.S. Central Command"), which wire copy is full of.
import type { TextSpan } from './event-suggestion'

/** A sentence of the article and the paragraph (0-based) it belongs to. */
export interface Sentence extends TextSpan {
  paragraph: number
}

// Titles and abbreviations that are never the end of a sentence when a word follows.
const ALWAYS_JOINED =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Brig|Rep|Sen|Gov|Pres|Prof|Rev|St|Mt|Ft|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|vs|approx|est|[A-Z])\.$/
// Initialisms such as "U.S." end a sentence only when a usual sentence opener follows.
const INITIALISM = /(?:^|[\s(])(?:\p{Lu}\.){2,}$|(?:a\.m|p\.m)\.$/u
const SENTENCE_OPENER =
  /^["'“‘(]?(?:The|A|An|It|Its|He|She|They|We|I|This|That|These|Those|There|In|On|At|But|And|However|Meanwhile|After|Before|When|While|As|Some|Many|According|Officials|Police)\b/
const PARAGRAPH_BREAK = /\n[ \t]*\n?/g

// One segmenter for every paragraph: making one loads ICU's break rules, which costs more than
// segmenting a paragraph.
let sharedSegmenter: Intl.Segmenter | null = null

function segmentParagraph(text: string, from: number, to: number): TextSpan[] {
  const body = text.slice(from, to)
  const spans: TextSpan[] = []
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    sharedSegmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' })
    const segmenter = sharedSegmenter
    for (const s of segmenter.segment(body)) {
      spans.push({ start: from + s.index, end: from + s.index + s.segment.length })
    }
    return spans
  }
  // Fallback: a break after . ! ? (and closing quotes/brackets) followed by space and a capital.
  const boundary = /[.!?]+["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu
  let at = 0
  for (let m = boundary.exec(body); m !== null; m = boundary.exec(body)) {
    const end = m.index + m[0].length
    spans.push({ start: from + at, end: from + end })
    at = end
  }
  if (at < body.length) spans.push({ start: from + at, end: to })
  return spans
}

function trim(text: string, span: TextSpan): TextSpan | null {
  let { start, end } = span
  while (start < end && /\s/.test(text[start] ?? '')) start++
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--
  return start < end ? { start, end } : null
}

function shouldJoin(text: string, prev: TextSpan, next: TextSpan): boolean {
  const before = text.slice(Math.max(prev.start, prev.end - 40), prev.end)
  if (ALWAYS_JOINED.test(before)) return true
  if (!INITIALISM.test(before)) return false
  const after = text.slice(next.start, next.start + 40)
  return !SENTENCE_OPENER.test(after)
}

/** Sentences of the article's plain text, with the paragraph each one is in. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let paragraph = 0
  let from = 0
  const breaks = [...text.matchAll(PARAGRAPH_BREAK)].map((m) => ({
    at: m.index,
    end: m.index + m[0].length
  }))
  breaks.push({ at: text.length, end: text.length })
  for (const br of breaks) {
    let prev: Sentence | null = null
    for (const raw of segmentParagraph(text, from, br.at)) {
      const span = trim(text, raw)
      if (!span) continue
      if (prev && shouldJoin(text, prev, span)) {
        prev.end = span.end
        continue
      }
      prev = { ...span, paragraph }
      sentences.push(prev)
    }
    if (prev) paragraph++
    from = br.end
  }
  return sentences
}
