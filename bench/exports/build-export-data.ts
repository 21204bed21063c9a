// Seeded ExportData for the record-export benchmark: 2,000 ACLED-like events (the events bench's
// generator, enriched with what exports write: coordinates, grades, notes with commas, quotes and
// line breaks, tags, two cited passages each) and 1,000 annotations on 10 generated articles of
// 5,000 words (comments with HTML, tags, grades; 10% stored on an older text version so the
// exporter re-anchors them, as it would after an edit).
import type { ArticleRecord } from '@shared/model/article'
import type { AnnotationRecord } from '@shared/model/annotation'
import type { ActorRecord, EventRecord } from '@shared/model/event'
import { createAnchorer } from '@core/anchoring/create-anchorer'
import type { ExportData } from '@core/export/export-data'
import { generateArticle } from '../anchoring/generate-article'
import { createRng, generateEvents } from '../events/generate-events'

const ARTICLES = 10
const WORDS = 5_000
const AT = '2024-06-01T00:00:00.000Z'

function article(i: number, text: string): ArticleRecord {
  return {
    id: `bench-art-${i}`,
    title: `Bench article ${i}`,
    source: 'Bench Wire',
    url: i % 2 === 0 ? `https://bench.example.org/${i}` : '',
    byline: '',
    publishedAt: '2024-06-01',
    importedAt: AT,
    contentHash: `bench-${i}`,
    format: 'txt',
    blocks: text.split('\n\n').map((t) => ({ kind: 'paragraph' as const, text: t }))
  }
}

/** The benchmark's data: `events` events and `annotations` annotations, the same every run. */
export function buildExportData(eventCount: number, annotationCount: number): ExportData {
  const rng = createRng(20_250_601)
  const articles = Array.from({ length: ARTICLES }, (_, i) =>
    article(i, generateArticle(rng, WORDS))
  )
  const anchorers = articles.map((a) => createAnchorer(a.blocks.map((b) => b.text).join('\n\n')))
  const span = (k: number): { start: number; end: number } => {
    const text = anchorers[k]!.text
    const start = rng.int(0, text.length - 200)
    return { start, end: start + rng.int(20, 120) }
  }
  const annotations: AnnotationRecord[] = []
  for (let i = 0; i < annotationCount; i++) {
    const k = i % ARTICLES
    const { start, end } = span(k)
    const selectors = anchorers[k]!.describe(start, end)
    const stale = rng.chance(0.1)
    annotations.push({
      id: `bench-ann-${String(i).padStart(5, '0')}`,
      articleId: articles[k]!.id,
      createdAt: AT,
      updatedAt: AT,
      creator: 'local user',
      motivation: rng.pick(['highlighting', 'commenting', 'tagging', 'assessing'] as const),
      colour: 0,
      selectors,
      anchor: {
        start,
        end,
        status: 'exact',
        score: 1,
        textHash: stale ? 'fnv1a32:00000000' : selectors.textHash
      },
      commentHtml: rng.chance(0.5)
        ? `<p>Check <strong>this</strong>, see <a href="https://x.example/${i}">source</a>.</p>`
        : '',
      commentText: 'Check this, see source.',
      tags: rng.chance(0.5) ? ['bench', `t${i % 7}`] : [],
      grade: rng.chance(0.7) ? { reliability: 'B', credibility: 2 } : null
    })
  }
  const events: EventRecord[] = generateEvents(eventCount).map((e, i) => {
    const k = i % ARTICLES
    const evidence = (): EventRecord['evidence'][keyof EventRecord['evidence']] => {
      const { start, end } = span(k)
      const selectors = anchorers[k]!.describe(start, end)
      return {
        selectors,
        anchor: { start, end, status: 'exact', score: 1, textHash: selectors.textHash }
      }
    }
    return {
      ...e,
      articleId: articles[k]!.id,
      latitude: rng.chance(0.8) ? rng.int(-9000, 9000) / 100 : null,
      longitude: rng.chance(0.8) ? rng.int(-18000, 18000) / 100 : null,
      grade: rng.chance(0.8) ? { reliability: 'C', credibility: 3 } : null,
      notes: `On ${e.eventDate || 'an unknown date'}, "forces" clashed near ${e.location}, officials said.\nFollow-up pending.`,
      tags: rng.chance(0.3) ? ['bench'] : [],
      evidence: { eventType: evidence(), fatalities: evidence() }
    }
  })
  const actors = new Map<string, ActorRecord>()
  for (const e of events) {
    for (const a of [e.actor1, e.assocActor1, e.actor2, e.assocActor2]) {
      if (a?.actorId && !actors.has(a.actorId)) {
        actors.set(a.actorId, {
          id: a.actorId,
          name: a.name,
          aliases: [],
          category: a.inter,
          countryCode: e.countryCode,
          notes: '',
          createdAt: AT,
          updatedAt: AT
        })
      }
    }
  }
  return { articles, annotations, events, actors: [...actors.values()], notes: [] }
}
