import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePlainText } from '../article/parse-plain-text'
import { sampleEvent } from '../events/sample-event'
import { makeAnnotation } from '../test-support/make-records'
import briefFixture from '../notes/fixtures/note-v2-brief.json'
import type { AnnotationRecord } from '../../shared/model/annotation'
import type { ArticleRecord } from '../../shared/model/article'
import type { NoteRecord } from '../../shared/model/note'
import {
  annotationSearchDocument,
  articleSearchDocument,
  searchDocumentsFrom,
  type SearchDocument
} from './search-document'
import {
  addToIndex,
  createSearchIndex,
  removeFromIndex,
  searchIndex,
  type SearchHit
} from './search-index'
import type { TextPart } from './snippet'

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8')

function articleFrom(id: string, text: string): ArticleRecord {
  const { title, blocks } = parsePlainText(text)
  return {
    id,
    title,
    source: 'Wire',
    url: '',
    byline: '',
    publishedAt: '2023-07-13',
    importedAt: '2023-07-13T08:00:00.000Z',
    contentHash: id,
    format: 'txt',
    blocks
  }
}

const US_STRIKES = articleFrom('art-us', read('../../../resources/sample-article.txt'))
const KENYA = articleFrom('art-kenya', read('../suggest/fixtures/kenya-fuel-tax-protests.txt'))
const SOMALIA = articleFrom('art-somalia', read('../suggest/fixtures/somalia-afgooye-galkayo.txt'))

function annotationOn(
  article: ArticleRecord,
  id: string,
  exact: string,
  extra: Partial<AnnotationRecord> = {}
): AnnotationRecord {
  const text = article.blocks.map((b) => b.text).join('\n\n')
  const start = text.indexOf(exact)
  if (start < 0) throw new Error(`“${exact}” is not in ${article.id}`)
  const end = start + exact.length
  return makeAnnotation({
    id,
    articleId: article.id,
    createdAt: '2023-07-13T09:00:00.000Z',
    updatedAt: '2023-07-13T09:00:00.000Z',
    creator: 'analyst',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end },
      textHash: 'h'
    },
    anchor: { start, end, status: 'exact', score: 1, textHash: 'h' },
    ...extra
  })
}

const KISUMU = annotationOn(KENYA, 'ann-kisumu', 'police shot dead three protesters', {
  commentText: 'Casualty figure unconfirmed; Türkiye not involved',
  tags: ['casualties'],
  grade: { reliability: 'B', credibility: 2 }
})
const MILITIA = annotationOn(
  US_STRIKES,
  'ann-militia',
  'The strikes killed several militia members'
)
const NOTE: NoteRecord = {
  id: 'note-brief',
  articleId: null,
  title: 'Weekly brief on shelling',
  schemaVersion: briefFixture.schemaVersion,
  doc: briefFixture.doc,
  createdAt: '2024-05-04T09:00:00.000Z',
  updatedAt: '2024-05-04T09:00:00.000Z'
}

function realIndex() {
  return createSearchIndex(
    searchDocumentsFrom({
      articles: [US_STRIKES, KENYA, SOMALIA],
      annotations: [KISUMU, MILITIA],
      events: [sampleEvent({ articleId: 'art-us' })],
      notes: [NOTE]
    })
  )
}

const text = (parts: TextPart[]): string => parts.map((p) => p.text).join('')
const marked = (parts: TextPart[]): string[] => parts.filter((p) => p.match).map((p) => p.text)
const ids = (hits: SearchHit[]): string[] => hits.map((h) => h.id)

describe('searchIndex', () => {
  it('finds a plural from its singular and marks the word found', () => {
    const hits = searchIndex(realIndex(), 'drone')
    const event = hits.find((h) => h.id === 'event:ev-1')
    expect(event).toBeDefined()
    expect(marked(event!.snippet)).toEqual(['drones'])
    expect(text(event!.snippet)).toBe(
      'Turkish drones struck PKK positions near Amadiya. · Fatalities: four'
    )
    expect(ids(hits)).toContain('article:art-us')
  })

  it('ranks the whole word above a longer word it starts', () => {
    const index = createSearchIndex([
      doc('note:plural', 'Reports of drones overhead'),
      doc('note:singular', 'Reports of a drone overhead')
    ])
    expect(ids(searchIndex(index, 'drone'))).toEqual(['note:singular', 'note:plural'])
  })

  it('forgives one typo in words of five letters or more, not in shorter ones', () => {
    const index = realIndex()
    expect(ids(searchIndex(index, 'Amadya'))).toContain('event:ev-1')
    expect(ids(searchIndex(index, 'Amadiyah'))).toContain('event:ev-1')
    expect(searchIndex(index, 'Rudw')).toEqual([])
    expect(searchIndex(index, 'PKX')).toEqual([])
  })

  it('forgives swapped letters in long words', () => {
    const hits = searchIndex(realIndex(), 'demonstartions')
    expect(ids(hits)).toEqual(['article:art-kenya'])
    expect(marked(hits[0]!.snippet)).toContain('demonstrations')
  })

  it('matches when every word matches, in any field', () => {
    const index = realIndex()
    expect(ids(searchIndex(index, 'drones Amadiya Rudaw'))).toEqual(['event:ev-1'])
    expect(searchIndex(index, 'drones Nairobi')).toEqual([])
  })

  it('ignores accents and case', () => {
    const index = realIndex()
    expect(ids(searchIndex(index, 'turkiye'))).toEqual(['annotation:ann-kisumu'])
    expect(ids(searchIndex(index, 'NAIROBI'))).toContain('article:art-kenya')
  })

  it('finds annotations by comment, tag and grade, and names their article', () => {
    const index = realIndex()
    for (const query of ['unconfirmed', 'casualties', 'B2']) {
      const hit = searchIndex(index, query).find((h) => h.kind === 'annotation')
      expect(hit?.recordId, query).toBe('ann-kisumu')
      expect(hit?.articleTitle).toBe(KENYA.title)
      expect(hit?.articleId).toBe('art-kenya')
    }
    const hit = searchIndex(index, 'unconfirmed')[0]!
    expect(text(hit.title)).toBe('police shot dead three protesters')
    expect(marked(hit.snippet)).toEqual(['unconfirmed'])
  })

  it('finds notes by the text of their document, cited quotes included', () => {
    const hits = searchIndex(realIndex(), 'shelling dawn')
    expect(ids(hits)).toEqual(['note:note-brief'])
    expect(hits[0]!.articleTitle).toBeNull()
    expect(marked(hits[0]!.title)).toEqual(['shelling'])
    expect(marked(hits[0]!.snippet)).toEqual(['shelling', 'dawn'])
  })

  it('cuts a snippet around a match deep in an article, at word boundaries', () => {
    const hit = searchIndex(realIndex(), 'Kisumu').find((h) => h.id === 'article:art-kenya')!
    const snippet = text(hit.snippet)
    expect(snippet.startsWith('… ')).toBe(true)
    expect(snippet.endsWith(' …')).toBe(true)
    expect(snippet.length).toBeLessThanOrEqual(170)
    expect(marked(hit.snippet)[0]).toBe('Kisumu')
    const body = KENYA.blocks.map((b) => b.text).join(' ')
    // Whole words only: the snippet (without its ellipses) is a run of the article's words.
    expect(body).toContain(snippet.slice(2, -2))
  })

  it('returns nothing for queries too short or too common to mean anything', () => {
    const index = realIndex()
    expect(searchIndex(index, '')).toEqual([])
    expect(searchIndex(index, 'a')).toEqual([])
    expect(searchIndex(index, 'the')).toEqual([])
    expect(searchIndex(index, '  ,. ')).toEqual([])
  })

  it('matches two-letter words whole, not as the start of longer ones', () => {
    const index = realIndex()
    expect(searchIndex(index, 'mi')).toEqual([])
    expect(ids(searchIndex(index, 'al'))).toEqual(['article:art-somalia'])
    expect(ids(searchIndex(index, 'arrested 45'))).toEqual(['article:art-kenya'])
  })

  it('keeps the hits of the earlier words while the last one is still being typed', () => {
    const index = realIndex()
    const militia = ids(searchIndex(index, 'militia'))
    expect(militia.length).toBeGreaterThan(0)
    expect(ids(searchIndex(index, 'militia me'))).toEqual(militia)
    expect(ids(searchIndex(index, 'militia mem'))).toEqual([
      'annotation:ann-militia',
      'article:art-us'
    ])
  })

  it('limits hits in all and per kind', () => {
    const many = Array.from({ length: 6 }, (_, i) =>
      annotationSearchDocument(
        annotationOn(US_STRIKES, `ann-${i}`, 'airstrikes against militia group')
      )
    )
    const index = createSearchIndex([articleSearchDocument(US_STRIKES), ...many])
    const perKind = searchIndex(index, 'airstrikes', 20, { perKind: 2 })
    expect(perKind.map((h) => h.kind)).toEqual(expect.arrayContaining(['article', 'annotation']))
    expect(perKind.filter((h) => h.kind === 'annotation')).toHaveLength(2)
    expect(perKind).toHaveLength(3)
    expect(searchIndex(index, 'airstrikes', 4)).toHaveLength(4)
  })
})

describe('updating the index', () => {
  it('replaces a changed document: the old words are gone, the new ones found', () => {
    const index = realIndex()
    expect(ids(searchIndex(index, 'unconfirmed'))).toEqual(['annotation:ann-kisumu'])
    addToIndex(index, [annotationSearchDocument({ ...KISUMU, commentText: 'Figure verified' })])
    expect(searchIndex(index, 'unconfirmed')).toEqual([])
    expect(ids(searchIndex(index, 'verified'))).toEqual(['annotation:ann-kisumu'])
    expect(index.docs.size).toBe(7)
  })

  it('adds and removes documents', () => {
    const index = realIndex()
    expect(searchIndex(index, 'Galkayo Kisumu')).toEqual([])
    const mixed = doc('note:mixed', 'From Galkayo to Kisumu')
    addToIndex(index, [mixed])
    expect(ids(searchIndex(index, 'Galkayo Kisumu'))).toEqual(['note:mixed'])
    removeFromIndex(index, ['note:mixed', 'note:never-indexed'])
    expect(searchIndex(index, 'Galkayo Kisumu')).toEqual([])
    removeFromIndex(index, ['article:art-somalia'])
    expect(ids(searchIndex(index, 'Galkayo'))).toEqual([])
    expect(index.docs.size).toBe(6)
  })

  it('takes a re-added document after its removal', () => {
    const index = realIndex()
    removeFromIndex(index, ['event:ev-1'])
    expect(searchIndex(index, 'Amadiya')).toEqual([])
    addToIndex(index, searchDocumentsFrom({ events: [sampleEvent({ location: 'Zakho' })] }))
    expect(ids(searchIndex(index, 'Zakho'))).toEqual(['event:ev-1'])
  })
})

function doc(id: string, body: string): SearchDocument {
  const [kind, recordId] = id.split(':') as [SearchDocument['kind'], string]
  return { id, kind, recordId, articleId: null, title: recordId, body, meta: '' }
}
