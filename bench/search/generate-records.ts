// Seeded workbench records for the search bench: articles, annotations, events and notes in the
// proportions a busy analyst's library might reach (pure: no DOM, no Node).
//
// - Articles: news-like text from the anchoring bench's generator (templates with sizeable slot
//   lists, 8% near-duplicate sentences), 500–1,200 words each.
// - Annotations: a passage of 4–25 words cut from their article; 40% commented (one sentence of
//   the same generator), 30% tagged, 20% graded.
// - Events: the events bench's ACLED-like events (actors, types, dates), given notes (a sentence),
//   a source, a fatalities phrase for some, tags for some, and a real city as location.
// - Notes: a title and 3–8 paragraphs under a heading or two, some citing quotes.
import type { AnnotationRecord, ColourSlot } from '@shared/model/annotation'
import type { ArticleRecord } from '@shared/model/article'
import type { EventRecord } from '@shared/model/event'
import type { Reliability, Credibility } from '@shared/model/grade'
import type { NoteRecord } from '@shared/model/note'
import { generateArticle } from '../anchoring/generate-article'
import { createRng, type Rng } from '../anchoring/prng'
import { generateEvents } from '../events/generate-events'

export interface BenchRecords {
  articles: ArticleRecord[]
  annotations: AnnotationRecord[]
  events: EventRecord[]
  notes: NoteRecord[]
}

export interface RecordCounts {
  articles: number
  annotations: number
  events: number
  notes: number
}

const AT = '2024-06-01T00:00:00.000Z'
const SOURCES = ['Reuters', 'Associated Press', 'AFP', 'Al Jazeera', 'BBC Monitoring', 'Rudaw']
const TAGS = ['casualties', 'follow-up', 'disputed', 'cross-border', 'displacement', 'aid-access']
const CITIES = ['Mosul', 'Aleppo', 'Basra', 'Deir ez-Zor', 'Erbil', 'Kirkuk', 'Raqqa', 'Homs']
const PHRASES = ['several', 'dozens', 'at least five', 'tens', 'a handful']
const NOTE_TITLES = ['Weekly brief', 'Situation report', 'Key judgments', 'Outlook', 'Timeline']

const pickSome = (rng: Rng, items: readonly string[], max: number): string[] => [
  ...new Set(Array.from({ length: rng.int(1, max) }, () => rng.pick(items)))
]

/** One sentence of news-like text. */
function sentence(rng: Rng): string {
  const text = generateArticle(rng, 1)
  return text.split(/(?<=[.!?"])\s/)[0] ?? text
}

/** `counts` records, the same for the same seed. */
export function generateRecords(counts: RecordCounts, seed = 20_250_601): BenchRecords {
  const rng = createRng(seed)
  const articles: ArticleRecord[] = []
  const texts: string[] = []
  for (let i = 0; i < counts.articles; i++) {
    const text = generateArticle(rng, rng.int(500, 1_200))
    texts.push(text)
    const title = sentence(rng).slice(0, 90)
    articles.push({
      id: `art-${i}`,
      title,
      source: rng.pick(SOURCES),
      url: `https://news.example/${i}`,
      byline: `By ${sentence(rng).split(' ').slice(0, 2).join(' ')}`,
      publishedAt: '2024-05-30',
      importedAt: AT,
      contentHash: `hash-${i}`,
      format: 'txt',
      blocks: text.split('\n\n').map((p) => ({ kind: 'paragraph' as const, text: p }))
    })
  }

  const annotations: AnnotationRecord[] = []
  for (let i = 0; i < counts.annotations; i++) {
    const a = rng.int(0, counts.articles - 1)
    const words = texts[a]!.split(' ')
    const from = rng.int(0, Math.max(0, words.length - 30))
    const exact = words.slice(from, from + rng.int(4, 25)).join(' ')
    const commentText = rng.chance(0.4) ? sentence(rng) : ''
    annotations.push({
      id: `ann-${i}`,
      articleId: `art-${a}`,
      createdAt: AT,
      updatedAt: AT,
      creator: 'analyst',
      motivation: commentText ? 'commenting' : 'highlighting',
      colour: rng.int(0, 4) as ColourSlot,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: exact.length },
        textHash: 'h'
      },
      anchor: { start: 0, end: exact.length, status: 'exact', score: 1, textHash: 'h' },
      commentHtml: commentText ? `<p>${commentText}</p>` : '',
      commentText,
      tags: rng.chance(0.3) ? pickSome(rng, TAGS, 2) : [],
      grade: rng.chance(0.2)
        ? {
            reliability: rng.pick(['A', 'B', 'C', 'D', 'E', 'F'] as Reliability[]),
            credibility: rng.int(1, 6) as Credibility
          }
        : null
    })
  }

  const events = generateEvents(counts.events, seed + 1).map((e, i): EventRecord => ({
    ...e,
    id: `ev-${i}`,
    articleId: `art-${rng.int(0, counts.articles - 1)}`,
    location: rng.chance(0.5) ? rng.pick(CITIES) : e.location,
    notes: sentence(rng),
    sourceName: rng.pick(SOURCES),
    fatalitiesPhrase: e.fatalities !== null && rng.chance(0.2) ? rng.pick(PHRASES) : '',
    tags: rng.chance(0.25) ? pickSome(rng, TAGS, 2) : []
  }))

  const notes: NoteRecord[] = []
  for (let i = 0; i < counts.notes; i++) {
    const content: unknown[] = []
    const paragraphs = rng.int(3, 8)
    for (let p = 0; p < paragraphs; p++) {
      if (p % 4 === 0)
        content.push({
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: rng.pick(NOTE_TITLES) }]
        })
      const inline: unknown[] = [{ type: 'text', text: `${sentence(rng)} ${sentence(rng)} ` }]
      if (rng.chance(0.3)) {
        const cited = annotations[rng.int(0, annotations.length - 1)]!
        inline.push({
          type: 'citedQuote',
          attrs: { annotationId: cited.id, quote: cited.selectors.quote.exact, grade: null }
        })
      }
      content.push({ type: 'paragraph', content: inline })
    }
    notes.push({
      id: `note-${i}`,
      articleId: rng.chance(0.7) ? `art-${rng.int(0, counts.articles - 1)}` : null,
      title: `${rng.pick(NOTE_TITLES)} — ${sentence(rng).split(' ').slice(0, 6).join(' ')}`,
      schemaVersion: 2,
      doc: { type: 'doc', content },
      createdAt: AT,
      updatedAt: AT
    })
  }
  return { articles, annotations, events, notes }
}
