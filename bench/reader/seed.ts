// Seed data for the reader benchmark (reader-bench.ts): a 100,000-word article as paragraph
// blocks and 1,000 annotations on it, all derived from one seed so every run is identical.
import { createHash } from 'node:crypto'
import { createAnchorer } from '@core/anchoring'
import { plainText } from '@core/article/plain-text'
import type { AnnotationRecord, ColourSlot } from '@shared/model/annotation'
import type { ArticleRecord } from '@shared/model/article'
import type { TextBlock } from '@shared/model/text-model'
import { generateArticle } from '../anchoring/generate-article'
import { createRng, type Rng } from '../anchoring/prng'

export const WORDS = 100_000
export const ANNOTATIONS = 1_000

/** The generated article regrouped into paragraphs of about 40–120 words, at sentence ends. */
function articleBlocks(rng: Rng): TextBlock[] {
  const sentences = generateArticle(rng, WORDS)
    .split('\n\n')
    .flatMap((p) => p.split(/(?<=[.!?]"?) (?=["A-Z])/))
  const countWords = (s: string): number => s.split(' ').length
  const blocks: TextBlock[] = []
  let current: string[] = []
  let words = 0
  let target = rng.int(40, 120)
  for (const sentence of sentences) {
    const n = countWords(sentence)
    if (words >= 40 && words + n > target) {
      blocks.push({ kind: 'paragraph', text: current.join(' ') })
      current = []
      words = 0
      target = rng.int(40, 120)
    }
    current.push(sentence)
    words += n
  }
  if (current.length > 0) blocks.push({ kind: 'paragraph', text: current.join(' ') })
  return blocks
}

const uuid = (rng: Rng): string => {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16))
  hex[12] = '4'
  hex[16] = ((rng.int(0, 15) & 0x3) | 0x8).toString(16)
  const h = hex.join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

interface Span {
  start: number
  end: number
}

/** 1,000 quotes of 5–40 words, one per slice of the text; every 8th overlaps the one before. */
function pickSpans(rng: Rng, text: string): Span[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length
  }))
  const slice = Math.floor(words.length / ANNOTATIONS)
  const picked: { first: number; length: number }[] = []
  for (let i = 0; i < ANNOTATIONS; i++) {
    const length = rng.int(5, 40)
    const prev = picked[i - 1]
    const first =
      prev && i % 8 === 0
        ? prev.first + rng.int(1, prev.length - 1)
        : i * slice + rng.int(0, slice - length)
    picked.push({ first, length })
  }
  return picked.map(({ first, length }) => {
    const a = words[first]
    const b = words[Math.min(first + length - 1, words.length - 1)]
    if (!a || !b) throw new Error('article too short for the quotes')
    return { start: a.start, end: b.end }
  })
}

export interface Seed {
  ours: ArticleRecord
  baseline: ArticleRecord
  annotations: AnnotationRecord[]
  spans: [number, number][]
  text: string
}

export function buildSeed(seedValue: number): Seed {
  const rng = createRng(seedValue)
  const blocks = articleBlocks(rng)
  const text = plainText(blocks)
  const anchorer = createAnchorer(text)
  const day = '2025-03-14'
  const article = (title: string): ArticleRecord => ({
    id: uuid(rng),
    title,
    source: 'Reader benchmark',
    url: 'https://example.org/reader-bench',
    byline: 'Generated (bench/anchoring/generate-article.ts)',
    publishedAt: day,
    importedAt: `${day}T09:00:00.000Z`,
    // As the app computes it (prepare-article.ts): title and text, so the two differ.
    contentHash: sha256(`${title}\n\n${text}`),
    format: 'txt',
    blocks
  })
  const ours = article('Reader benchmark: 100,000 words, 1,000 highlights')
  const baseline = article('Reader benchmark: 100,000 words, no highlights')
  const spans = pickSpans(rng, text)
  const annotations = spans.map((span, i): AnnotationRecord => {
    const selectors = anchorer.describe(span.start, span.end)
    const at = new Date(Date.UTC(2025, 2, 14, 10, 0, i)).toISOString()
    const comment = i % 3 === 0
    const graded = i % 7 === 0
    const tags = i % 4 === 0 ? ['bench', `topic-${i % 9}`] : []
    return {
      id: uuid(rng),
      articleId: ours.id,
      createdAt: at,
      updatedAt: at,
      creator: 'local user',
      motivation: comment
        ? 'commenting'
        : graded
          ? 'assessing'
          : tags.length
            ? 'tagging'
            : 'highlighting',
      colour: (i % 5) as ColourSlot,
      selectors,
      anchor: {
        start: span.start,
        end: span.end,
        status: 'exact',
        score: 1,
        textHash: anchorer.textHash
      },
      commentHtml: comment ? `<p>Bench note ${i}: check this against the wire reports.</p>` : '',
      commentText: comment ? `Bench note ${i}: check this against the wire reports.` : '',
      tags,
      grade: graded ? { reliability: 'B', credibility: 2 } : null
    }
  })
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  return {
    ours,
    baseline,
    annotations,
    spans: sorted.map((s) => [s.start, s.end]),
    text
  }
}
