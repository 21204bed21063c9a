// A seeded, realistic workbench for the backup benchmark (pure: no DOM, no Node): records shaped
// as the app writes them, in proportions a heavy user reaches after a few years.
//
// Of 50,000 records: 300 articles (25 blocks of ~60 words each, ~10 KB of text), 100 earlier
// article texts, 30,100 annotations (a third with a comment, a quarter tagged, a fifth graded;
// 8% drifted or orphaned), 600 registry actors, 12,000 coded events (bench/events' generator,
// half citing evidence for two fields), 800 notes (~2 KB documents with cited quotes), 6,000
// note history snapshots, 60 templates and 40 settings. Other totals keep these proportions.
import type { BackupTables } from '@core/backup'
import type { AnchorSelectors } from '@shared/model/anchor'
import type { ArticleRecord } from '@shared/model/article'
import type { EventActor, Evidence } from '@shared/model/event'
import type { TextBlock } from '@shared/model/text-model'
import { createRng, generateEvents, type Rng } from '../events/generate-events'

const WORDS =
  'the militia forces attacked a checkpoint near town on tuesday according to local officials who said several civilians were killed and police later arrested suspects after clashes spread across province amid protests over fuel prices while government troops regained control of the road'.split(
    ' '
  )

const SHARES = {
  articles: 300,
  articleRevisions: 100,
  annotations: 30_100,
  actors: 600,
  events: 12_000,
  notes: 800,
  noteRevisions: 6_000,
  noteTemplates: 60,
  settings: 40
} as const

const sentence = (rng: Rng, words: number): string => {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(rng.pick(WORDS))
  const text = out.join(' ')
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.`
}

const iso = (rng: Rng): string =>
  new Date(Date.UTC(2022, 0, 1) + rng.int(0, 3 * 365 * 86_400) * 1000).toISOString()

const hash = (rng: Rng): string => `fnv1a32:${rng.int(0, 0xffffffff).toString(16).padStart(8, '0')}`

function blocks(rng: Rng, count: number): TextBlock[] {
  return Array.from({ length: count }, (_, i): TextBlock =>
    i === 0
      ? { kind: 'heading', text: sentence(rng, 8), level: 1 }
      : { kind: rng.chance(0.1) ? 'quote' : 'paragraph', text: sentence(rng, rng.int(40, 80)) }
  )
}

/**
 * A random passage of 20–60 characters in `block`, with the W3C selectors the app stores. Offsets
 * within the block stand in for offsets in the whole text: the benches never re-anchor.
 */
export function passageIn(
  rng: Rng,
  block: TextBlock,
  textHash: string
): { selectors: AnchorSelectors; start: number; end: number } {
  const start = rng.int(0, Math.max(0, block.text.length - 60))
  const exact = block.text.slice(start, start + rng.int(20, 60))
  const end = start + exact.length
  return {
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact,
        prefix: block.text.slice(Math.max(0, start - 32), start),
        suffix: block.text.slice(end, end + 32)
      },
      position: { type: 'TextPositionSelector', start, end },
      textHash
    },
    start,
    end
  }
}

function passage(rng: Rng, article: ArticleRecord): Evidence {
  const textHash = article.contentHash
  const { selectors, start, end } = passageIn(rng, rng.pick(article.blocks), textHash)
  const status = rng.chance(0.92) ? 'exact' : rng.chance(0.6) ? 'drifted' : 'orphaned'
  return {
    selectors,
    anchor:
      status === 'orphaned'
        ? { start: -1, end: -1, status, score: 0, textHash }
        : { start, end, status, score: status === 'exact' ? 1 : 0.8, textHash }
  }
}

function noteDoc(rng: Rng, paragraphs: number, annotationIds: string[]): unknown {
  const content: unknown[] = [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Bottom line' }] }
  ]
  for (let i = 0; i < paragraphs; i++) {
    content.push({
      type: 'paragraph',
      content: [
        { type: 'text', text: sentence(rng, rng.int(15, 40)) },
        { type: 'text', marks: [{ type: 'bold' }], text: 'likely' }
      ]
    })
    if (rng.chance(0.3))
      content.push({
        type: 'citedQuote',
        attrs: { annotationId: rng.pick(annotationIds), quote: sentence(rng, 10), grade: 'B2' }
      })
  }
  return { type: 'doc', content }
}

/** About `total` records across every table, the same for the same seed. */
export function generateWorkbench(total = 50_000, seed = 20_250_101): BackupTables {
  const rng = createRng(seed)
  const scale = total / 50_000
  const n = (name: keyof typeof SHARES): number => Math.max(1, Math.round(SHARES[name] * scale))

  const articles: ArticleRecord[] = Array.from({ length: n('articles') }, (_, i) => ({
    id: `art-${i + 1}`,
    title: sentence(rng, 9),
    source: rng.pick(['Reuters', 'AP', 'Wire', 'Local radio']),
    url: `https://example.org/news/${i}`,
    byline: 'Staff',
    publishedAt: iso(rng).slice(0, 10),
    importedAt: iso(rng),
    contentHash: `${i.toString(16).padStart(8, '0')}${hash(rng).slice(8)}`,
    format: rng.pick(['txt', 'md', 'html', 'paste'] as const),
    blocks: blocks(rng, 25)
  }))
  const annotations = Array.from({ length: n('annotations') }, (_, i) => {
    const article = rng.pick(articles)
    const { selectors, anchor } = passage(rng, article)
    const commented = rng.chance(0.33)
    const comment = commented ? sentence(rng, rng.int(5, 30)) : ''
    return {
      id: `ann-${String(i).padStart(6, '0')}`,
      articleId: article.id,
      createdAt: iso(rng),
      updatedAt: iso(rng),
      creator: 'local user',
      motivation: commented ? ('commenting' as const) : ('highlighting' as const),
      colour: rng.pick([0, 1, 2, 3, 4] as const),
      selectors,
      anchor,
      commentHtml: commented ? `<p>${comment}</p>` : '',
      commentText: comment,
      tags: rng.chance(0.25) ? [rng.pick(['casualties', 'claim', 'followup', 'iran'])] : [],
      grade: rng.chance(0.2)
        ? {
            reliability: rng.pick(['A', 'B', 'C'] as const),
            credibility: rng.pick([1, 2, 3] as const)
          }
        : null
    }
  })
  const actors = Array.from({ length: n('actors') }, (_, i) => ({
    id: `actor-${i}`,
    name: `${sentence(rng, 3)} ${i}`,
    aliases: rng.chance(0.4) ? [sentence(rng, 2)] : [],
    category: rng.pick([1, 2, 3, 4, 5, 6, 7, 8, null] as const),
    countryCode: rng.pick(['IRQ', 'SYR', 'SDN', 'MLI', '']),
    notes: rng.chance(0.3) ? sentence(rng, 12) : '',
    createdAt: iso(rng),
    updatedAt: iso(rng)
  }))
  // As the app stores them: an actor id on an event is always one of the registry's.
  const inRegistry = (actor: EventActor | null): EventActor | null =>
    actor && actor.actorId !== null ? { ...actor, actorId: rng.pick(actors).id } : actor
  const events = generateEvents(n('events'), seed).map((e) => {
    const article = rng.pick(articles)
    return {
      ...e,
      actor1: inRegistry(e.actor1),
      assocActor1: inRegistry(e.assocActor1),
      actor2: inRegistry(e.actor2),
      assocActor2: inRegistry(e.assocActor2),
      articleId: article.id,
      evidence: rng.chance(0.5)
        ? { eventType: passage(rng, article), location: passage(rng, article) }
        : {}
    }
  })
  const annotationIds = annotations.map((a) => a.id)
  const notes = Array.from({ length: n('notes') }, (_, i) => ({
    id: `note-${i}`,
    articleId: rng.chance(0.8) ? rng.pick(articles).id : null,
    title: sentence(rng, 4),
    schemaVersion: 2,
    doc: noteDoc(rng, rng.int(3, 10), annotationIds),
    createdAt: iso(rng),
    updatedAt: iso(rng)
  }))

  return {
    articles,
    articleRevisions: Array.from({ length: n('articleRevisions') }, (_, i) => ({
      id: `arev-${i}`,
      articleId: rng.pick(articles).id,
      createdAt: iso(rng),
      title: sentence(rng, 9),
      contentHash: hash(rng),
      blocks: blocks(rng, 25)
    })),
    annotations,
    actors,
    events,
    notes,
    noteRevisions: Array.from({ length: n('noteRevisions') }, (_, i) => {
      const note = rng.pick(notes)
      const doc = noteDoc(rng, rng.int(2, 8), annotationIds)
      return {
        id: `nrev-${String(i).padStart(5, '0')}`,
        noteId: note.id,
        createdAt: iso(rng),
        reason: rng.chance(0.95) ? ('auto' as const) : ('before-restore' as const),
        title: note.title,
        schemaVersion: 2,
        doc,
        size: JSON.stringify(doc).length
      }
    }),
    noteTemplates: Array.from({ length: n('noteTemplates') }, (_, i) => ({
      id: `tpl-${i}`,
      name: sentence(rng, 3),
      schemaVersion: 2,
      doc: noteDoc(rng, 4, annotationIds),
      createdAt: iso(rng)
    })),
    settings: Array.from({ length: n('settings') }, (_, i) => ({
      key: `setting-${String(i).padStart(2, '0')}`,
      value: rng.chance(0.5)
        ? sentence(rng, 3)
        : { open: rng.chance(0.5), width: rng.int(200, 600) }
    }))
  }
}
