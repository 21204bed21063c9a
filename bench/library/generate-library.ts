// A seeded library at the scale issue 16 names (pure: no DOM, no Node): 10,000 articles of
// about 4 KB of text each (12 blocks of 40–80 words), 100,000 annotations (ten per article on
// average, a third with a comment) and 20,000 coded events (bench/events' generator), records
// shaped as the app writes them. The first article, the one open at start, has 20 annotations
// without a comment, so its first card offers "Comment".
import type { AnnotationRecord } from '@shared/model/annotation'
import type { ArticleRecord } from '@shared/model/article'
import type { EventRecord } from '@shared/model/event'
import type { TextBlock } from '@shared/model/text-model'
import { createRng, generateEvents, type Rng } from '../events/generate-events'
import { passageIn } from '../backup/generate-workbench'

export const LIBRARY_SCALE = { articles: 10_000, annotations: 100_000, events: 20_000 } as const

const WORDS =
  'the militia forces attacked a checkpoint near town on tuesday according to local officials who said several civilians were killed and police later arrested suspects after clashes spread across province amid protests over fuel prices while government troops regained control of the road'.split(
    ' '
  )
const SOURCES = ['Reuters', 'AP', 'AFP', 'Wire', 'Local radio', 'Field report']

const sentence = (rng: Rng, words: number): string => {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(rng.pick(WORDS))
  const text = out.join(' ')
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.`
}

const iso = (rng: Rng): string =>
  new Date(Date.UTC(2022, 0, 1) + rng.int(0, 3 * 365 * 86_400) * 1000).toISOString()

function blocks(rng: Rng): TextBlock[] {
  return Array.from({ length: 12 }, (_, i): TextBlock =>
    i === 0
      ? { kind: 'heading', text: sentence(rng, 8), level: 2 }
      : { kind: 'paragraph', text: sentence(rng, rng.int(40, 80)) }
  )
}

export const articleTitle = (i: number): string => `Report ${i + 1}: clashes near the checkpoint`

function annotation(
  rng: Rng,
  article: ArticleRecord,
  i: number,
  comment: boolean
): AnnotationRecord {
  const { selectors, start, end } = passageIn(
    rng,
    rng.pick(article.blocks.slice(1)),
    article.contentHash
  )
  const text = comment ? sentence(rng, rng.int(5, 30)) : ''
  const at = iso(rng)
  return {
    id: `ann-${String(i).padStart(6, '0')}`,
    articleId: article.id,
    createdAt: at,
    updatedAt: at,
    creator: 'local user',
    motivation: comment ? 'commenting' : 'highlighting',
    colour: rng.pick([0, 1, 2, 3, 4] as const),
    // The reader shows a passage it cannot find in the whole text as orphaned.
    selectors,
    anchor: { start, end, status: 'exact', score: 1, textHash: article.contentHash },
    commentHtml: comment ? `<p>${text}</p>` : '',
    commentText: text,
    tags: rng.chance(0.25) ? [rng.pick(['casualties', 'claim', 'followup'])] : [],
    grade: null
  }
}

export interface Library {
  articles: ArticleRecord[]
  annotations: AnnotationRecord[]
  events: EventRecord[]
}

/** The library, the same for the same seed; article 0 is the newest import. */
export function generateLibrary(scale = LIBRARY_SCALE, seed = 20_261_207): Library {
  const rng = createRng(seed)
  const articles: ArticleRecord[] = Array.from({ length: scale.articles }, (_, i) => ({
    id: `art-${i}`,
    title: articleTitle(i),
    source: rng.pick(SOURCES),
    url: `https://example.org/news/${i}`,
    byline: 'Staff',
    publishedAt: iso(rng).slice(0, 10),
    importedAt: new Date(Date.UTC(2026, 0, 1) - i * 60_000).toISOString(),
    contentHash: `hash-${i.toString(16).padStart(8, '0')}`,
    format: 'txt',
    blocks: blocks(rng)
  }))
  const first = articles[0]!
  const annotations: AnnotationRecord[] = []
  for (let i = 0; i < scale.annotations; i++) {
    const onFirst = i < 20
    annotations.push(
      annotation(rng, onFirst ? first : rng.pick(articles), i, !onFirst && rng.chance(0.33))
    )
  }
  const events = generateEvents(scale.events, seed).map((e, i) => ({
    ...e,
    id: `evt-${i}`,
    articleId: rng.pick(articles).id
  }))
  return { articles, annotations, events }
}
