import { describe, expect, it } from 'vitest'
import { parsePlainText } from '../article/parse-plain-text'
import { plainText } from '../article/plain-text'
import { sampleEvent } from '../events/sample-event'
import briefFixture from '../notes/fixtures/note-v2-brief.json'
import type { AnnotationRecord } from '../../shared/model/annotation'
import type { ArticleRecord } from '../../shared/model/article'
import type { NoteRecord } from '../../shared/model/note'
import {
  annotationSearchDocument,
  articleSearchDocument,
  eventSearchDocument,
  noteSearchDocument,
  searchDocumentsFrom
} from './search-document'
import { noteSearchText } from './note-search-text'

const KENYA = `Kenyan Police Fire Tear Gas as Fuel Tax Protests Spread to Three Cities

Kenyan police fired tear gas and water cannon at thousands of protesters in Nairobi on Wednesday.

In Kisumu, police shot dead three protesters who had gathered peacefully outside the county offices.`

function article(): ArticleRecord {
  const parsed = parsePlainText(KENYA)
  return {
    id: 'art-kenya',
    title: parsed.title,
    source: 'The Standard',
    url: 'https://example.org/kenya',
    byline: 'Wanjiru Kamau',
    publishedAt: '2023-07-13',
    importedAt: '2023-07-13T08:00:00.000Z',
    contentHash: 'abc',
    format: 'txt',
    blocks: parsed.blocks
  }
}

function annotation(): AnnotationRecord {
  const exact = 'police shot dead three protesters'
  return {
    id: 'ann-kisumu',
    articleId: 'art-kenya',
    createdAt: '2023-07-13T09:00:00.000Z',
    updatedAt: '2023-07-13T09:05:00.000Z',
    creator: 'analyst',
    motivation: 'commenting',
    colour: 1,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'In Kisumu, ', suffix: ' who had' },
      position: { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
      textHash: 'fnv1a32:1'
    },
    anchor: { start: 10, end: 10 + exact.length, status: 'exact', score: 1, textHash: 'fnv1a32:1' },
    commentHtml: '<p>Rights group says <strong>five</strong></p>',
    commentText: 'Rights group says five',
    tags: ['casualties', 'disputed'],
    grade: { reliability: 'B', credibility: 3 }
  }
}

describe('search documents', () => {
  it('indexes an article by title, full text, source and byline', () => {
    const a = article()
    const doc = articleSearchDocument(a)
    expect(doc).toMatchObject({ id: 'article:art-kenya', kind: 'article', articleId: 'art-kenya' })
    expect(doc.title).toBe(
      'Kenyan Police Fire Tear Gas as Fuel Tax Protests Spread to Three Cities'
    )
    expect(doc.body).toBe(plainText(a.blocks))
    expect(doc.body).toContain('In Kisumu, police shot dead')
    expect(doc.meta).toBe('The Standard · Wanjiru Kamau')
  })

  it('indexes an annotation by its quote, comment text, tags and grade', () => {
    const doc = annotationSearchDocument(annotation())
    expect(doc).toMatchObject({
      id: 'annotation:ann-kisumu',
      kind: 'annotation',
      recordId: 'ann-kisumu',
      articleId: 'art-kenya',
      title: 'police shot dead three protesters',
      body: 'Rights group says five'
    })
    expect(doc.meta).toBe('#casualties #disputed B3')
  })

  it('indexes every text field of an event, associated actors and the country name included', () => {
    const event = sampleEvent({
      assocActor2: { name: 'Civilians (Iraq)', actorId: null, inter: 7 },
      assocActor1: { name: 'Turkish Air Force', actorId: null, inter: 8 }
    })
    const doc = eventSearchDocument(event)
    expect(doc.title).toBe('Air/drone strike — Amadiya, Iraq · 2024-05-03')
    expect(doc.body).toBe('Turkish drones struck PKK positions near Amadiya. · Fatalities: four')
    for (const part of [
      'Explosions/Remote violence',
      'Military Forces of Turkey (2016-)',
      'Turkish Air Force',
      'PKK: Kurdistan Workers Party',
      'Civilians (Iraq)',
      'Duhok',
      'Rudaw',
      '#cross-border'
    ])
      expect(doc.meta).toContain(part)
  })

  it('names an untyped, undated event without a place plainly', () => {
    const doc = eventSearchDocument(
      sampleEvent({
        eventType: '',
        subEventType: '',
        location: '',
        admin1: '',
        countryCode: '',
        eventDate: ''
      })
    )
    expect(doc.title).toBe('Untyped event · undated')
  })

  it('indexes a note by title and the text of its document, one line per block', () => {
    const note: NoteRecord = {
      id: 'note-1',
      articleId: null,
      title: 'Weekly brief',
      schemaVersion: briefFixture.schemaVersion,
      doc: briefFixture.doc,
      createdAt: '2024-05-04T09:00:00.000Z',
      updatedAt: '2024-05-04T09:00:00.000Z'
    }
    const doc = noteSearchDocument(note)
    expect(doc).toMatchObject({
      id: 'note:note-1',
      kind: 'note',
      articleId: null,
      title: 'Weekly brief'
    })
    const lines = doc.body.split('\n')
    expect(lines[0]).toBe('Bottom line up front')
    // The cited quote's text lives in its attrs, not in a text child.
    expect(lines[1]).toBe(
      'Residents reported “heavy shelling at dawn”. A renewed attack is very likely. We have moderate confidence in this judgment.'
    )
    expect(lines).toContain('Check casualty figures')
    expect(lines).toContain('Troop movement')
  })

  it('gives no text for something that is not a note document', () => {
    expect(noteSearchText(null)).toBe('')
    expect(noteSearchText('Bottom line')).toBe('')
    expect(noteSearchText({ type: 'doc', content: 'nope' })).toBe('')
  })

  it('turns a set of records into documents of each kind', () => {
    const docs = searchDocumentsFrom({
      articles: [article()],
      annotations: [annotation()],
      events: [sampleEvent()]
    })
    expect(docs.map((d) => d.id)).toEqual([
      'article:art-kenya',
      'annotation:ann-kisumu',
      'event:ev-1'
    ])
  })
})
