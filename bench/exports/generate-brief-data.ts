// Data for the brief export benchmark: one long generated article, 1,000 graded (and some
// ungraded, drifted, orphaned) annotations on it, 40 events, and one note of ~300 paragraphs
// that cites every annotation once (1,000 citedQuotes), with 19 event cards, a timeline and a
// sources block. Seeded, so every run exports the same thing.
import { describe as describeSpan, hashText } from '@core/anchoring'
import { plainText } from '@core/article/plain-text'
import type { ExportData } from '@core/export/export-data'
import type { ArticleRecord } from '@shared/model/article'
import type { Credibility, Reliability } from '@shared/model/grade'
import type { AnnotationRecord, EventRecord, NoteRecord } from '@shared/model/records'
import { makeEvent } from '@core/test-support/make-records'
import { createRng } from '../anchoring/prng'

const SUBJECTS = ['The militia', 'A spokesman', 'The ministry', 'Local officials', 'The coalition']
const VERBS = ['reported', 'denied', 'confirmed', 'claimed', 'said']
const OBJECTS = [
  'strikes on depots near the border',
  'a drone attack on a convoy',
  'rocket fire at the base overnight',
  'casualties among the guards',
  'talks on a ceasefire'
]
const TIMES = ['on Monday', 'late on Tuesday', 'this week', 'at dawn', 'after the raid']
const RELIABILITY: Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F']

export interface BriefBenchData {
  data: ExportData
  citations: number
  paragraphs: number
  eventCards: number
}

/** The benchmark's export data; `citations` quotes in the note, one annotation each. */
export function generateBriefData(seed: number, citations = 1_000): BriefBenchData {
  const rng = createRng(seed)
  const sentence = (i: number) =>
    `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(TIMES)} (item ${i}).`
  const sentences = Array.from({ length: citations }, (_, i) => sentence(i))
  const blocks = Array.from({ length: Math.ceil(citations / 4) }, (_, p) => ({
    kind: 'paragraph' as const,
    text: sentences.slice(p * 4, p * 4 + 4).join(' ')
  }))
  const article: ArticleRecord = {
    id: 'bench-article',
    title: 'Generated wire report for the export benchmark',
    source: 'Bench Wire',
    url: 'https://example.org/wire',
    byline: '',
    publishedAt: '2026-11-20',
    importedAt: '2026-11-20T09:00:00.000Z',
    contentHash: 'sha256:bench',
    format: 'txt',
    blocks
  }
  const text = plainText(blocks)
  const hash = hashText(text)
  let from = 0
  const annotations: AnnotationRecord[] = sentences.map((s, i) => {
    const start = text.indexOf(s, from)
    from = start + s.length
    const status = i % 50 === 7 ? 'orphaned' : i % 20 === 3 ? 'drifted' : 'exact'
    return {
      id: `ann-${i}`,
      articleId: article.id,
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
      creator: 'bench',
      motivation: 'assessing',
      colour: (i % 5) as 0 | 1 | 2 | 3 | 4,
      selectors: describeSpan(text, start, start + s.length, hash),
      anchor: {
        start: status === 'orphaned' ? -1 : start,
        end: status === 'orphaned' ? -1 : start + s.length,
        status,
        score: status === 'exact' ? 1 : status === 'drifted' ? 0.9 : 0,
        textHash: hash
      },
      commentHtml: i % 10 === 0 ? '<p>Check this <em>carefully</em>.</p>' : '',
      commentText: i % 10 === 0 ? 'Check this carefully.' : '',
      tags: [],
      grade:
        i % 7 === 0
          ? null
          : { reliability: rng.pick(RELIABILITY), credibility: rng.int(1, 6) as Credibility }
    }
  })
  const events: EventRecord[] = Array.from({ length: 40 }, (_, i) =>
    makeEvent({
      id: `evt-${i}`,
      articleId: article.id,
      createdAt: '2026-11-20T11:00:00.000Z',
      updatedAt: '2026-11-20T11:00:00.000Z',
      eventType: 'Explosions/Remote violence',
      subEventType: 'Air/drone strike',
      actor1: { name: 'Coalition forces', actorId: null, inter: 8 },
      actor2: { name: 'Militia', actorId: null, inter: 3 },
      countryCode: 'IRQ',
      admin1: 'Al Anbar',
      location: `Site ${i}`,
      eventDate: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
      fatalities: i % 3 === 0 ? null : i,
      sourceName: 'Bench Wire',
      grade: { reliability: 'B', credibility: 2 }
    })
  )
  const paragraphs = Math.ceil(citations / 3.4)
  const content: unknown[] = [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Key judgments' }] }
  ]
  let cited = 0
  let cards = 0
  for (let p = 0; p < paragraphs; p++) {
    const inline: unknown[] = []
    const perParagraph = Math.min(citations - cited, p % 5 === 0 ? 4 : 3 + (p % 2))
    for (let k = 0; k < perParagraph; k++) {
      const annotation = annotations[cited++]!
      inline.push(
        {
          type: 'text',
          text: k === 0 ? 'Reporting shows ' : ', and ',
          marks: p % 9 === 0 ? [{ type: 'bold' }] : undefined
        },
        {
          type: 'citedQuote',
          attrs: {
            annotationId: annotation.id,
            quote: annotation.selectors.quote.exact,
            grade: null,
            status: 'exact'
          }
        }
      )
    }
    inline.push({ type: 'text', text: '.' })
    content.push({ type: 'paragraph', content: inline })
    if (p % 15 === 14 && cards < 20)
      content.push({ type: 'eventCard', attrs: { eventId: `evt-${cards++}` } })
  }
  content.push(
    { type: 'liveBlock', attrs: { kind: 'timeline' } },
    { type: 'liveBlock', attrs: { kind: 'sources' } }
  )
  const note: NoteRecord = {
    id: 'bench-note',
    articleId: article.id,
    title: 'Benchmark brief',
    schemaVersion: 2,
    doc: { type: 'doc', content },
    createdAt: '2026-11-21T08:00:00.000Z',
    updatedAt: '2026-11-21T08:00:00.000Z'
  }
  return {
    data: { articles: [article], annotations, events, actors: [], notes: [note] },
    citations: cited,
    paragraphs,
    eventCards: cards
  }
}
