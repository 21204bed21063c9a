import { describe, expect, it } from 'vitest'
import type { AnnotationRecord } from '../../shared/model/annotation'
import { actor, makeEvent } from '../event-views/test-events'
import { makeAnnotation } from '../test-support/make-records'
import { citedAnnotationFrom, eventCardFrom, sourceRowsFrom, timelineRowsFrom } from './live-data'

function annotation(overrides: Partial<AnnotationRecord> & { id: string }): AnnotationRecord {
  return makeAnnotation({
    articleId: 'a1',
    createdAt: '2024-02-03T00:00:00Z',
    updatedAt: '2024-02-03T00:00:00Z',
    creator: 'me',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: 'the quoted words', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 16 },
      textHash: 'h'
    },
    anchor: { start: 0, end: 16, status: 'exact', score: 1, textHash: 'h' },
    ...overrides
  })
}

describe('live data for notes', () => {
  it('summarises an annotation for a cited quote', () => {
    const a = annotation({
      id: 'x',
      grade: { reliability: 'B', credibility: 2 },
      anchor: { start: -1, end: -1, status: 'orphaned', score: 0, textHash: 'h' }
    })
    expect(citedAnnotationFrom(a)).toEqual({
      quote: 'the quoted words',
      grade: 'B2',
      status: 'orphaned'
    })
    expect(citedAnnotationFrom(annotation({ id: 'y' })).grade).toBeNull()
  })

  it('summarises an event for a card', () => {
    const card = eventCardFrom(
      makeEvent({
        id: 'e',
        actor1: actor('Military Forces of Iraq', 1),
        actor2: actor('Islamic State', 2),
        fatalities: 12,
        fatalitiesPhrase: 'dozens',
        timePrecision: 2,
        grade: { reliability: 'C', credibility: 3 }
      })
    )
    expect(card).toEqual({
      title: 'Explosions/Remote violence — Air/drone strike',
      dateLabel: 'week of 2024-02-02',
      place: 'Al-Qaim, Al Anbar, IRQ',
      actors: 'Military Forces of Iraq · Islamic State',
      fatalities: '12 (dozens)',
      grade: 'C3',
      context: 'current'
    })
    expect(eventCardFrom(makeEvent({ id: 'f', fatalitiesPhrase: 'several' })).fatalities).toBe(
      'several'
    )
    expect(eventCardFrom(makeEvent({ id: 'g', eventType: '', subEventType: '' })).title).toBe(
      'Untyped event'
    )
  })

  it('orders timeline rows by date, undated last', () => {
    const rows = timelineRowsFrom([
      makeEvent({ id: 'late', eventDate: '2024-03-01', timePrecision: 3 }),
      makeEvent({ id: 'none', eventDate: '' }),
      makeEvent({ id: 'early', eventDate: '2024-01-05', actor1: actor('Rebels') })
    ])
    expect(rows.map((r) => [r.eventId, r.dateLabel])).toEqual([
      ['early', '2024-01-05'],
      ['late', '2024-03'],
      ['none', 'undated']
    ])
    expect(rows[0]?.summary).toBe('Explosions/Remote violence — Air/drone strike: Rebels')
  })

  it('lists graded annotations and named event sources, best grade first', () => {
    const rows = sourceRowsFrom({
      annotations: [
        annotation({ id: 'ungraded' }),
        annotation({ id: 'c3', grade: { reliability: 'C', credibility: 3 } }),
        annotation({ id: 'a1', grade: { reliability: 'A', credibility: 1 } })
      ],
      events: [
        makeEvent({ id: 'ev', sourceName: 'Reuters' }),
        makeEvent({ id: 'anon', sourceName: ' ' })
      ],
      articleTitle: (id) => `Article ${id}`
    })
    expect(rows.map((r) => [r.id, r.grade, r.source])).toEqual([
      ['a1', 'A1', 'Article a1'],
      ['c3', 'C3', 'Article a1'],
      ['ev', null, 'Reuters']
    ])
    expect(rows[0]?.gradeLabel).toBe('A1 — completely reliable, confirmed by other sources')
    expect(rows[2]?.gradeLabel).toBe('Not graded')
  })
})
