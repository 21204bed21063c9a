import { describe, expect, it } from 'vitest'
import type { AnnotationRecord } from '../../shared/model/annotation'
import { NO_FILTER, filterAnnotations, filterChoices } from './filter-annotations'

const make = (
  id: string,
  over: Partial<AnnotationRecord> & { start?: number; status?: 'exact' | 'drifted' | 'orphaned' }
): AnnotationRecord => ({
  id,
  articleId: 'a',
  createdAt: over.createdAt ?? '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  creator: 'me',
  motivation: 'highlighting',
  colour: over.colour ?? 0,
  selectors: {
    quote: {
      type: 'TextQuoteSelector',
      exact: over.selectors?.quote.exact ?? `quote ${id}`,
      prefix: '',
      suffix: ''
    },
    position: { type: 'TextPositionSelector', start: 0, end: 1 },
    textHash: 'h'
  },
  anchor: {
    start: over.start ?? 0,
    end: (over.start ?? 0) + 5,
    status: over.status ?? 'exact',
    score: 1,
    textHash: 'h'
  },
  commentHtml: '',
  commentText: over.commentText ?? '',
  tags: over.tags ?? [],
  grade: over.grade ?? null
})

const list = [
  make('a', {
    start: 50,
    colour: 1,
    tags: ['iran'],
    grade: { reliability: 'B', credibility: 2 },
    createdAt: '2026-01-03T00:00:00Z'
  }),
  make('b', {
    start: 10,
    commentText: 'Casualty figure disputed',
    createdAt: '2026-01-01T00:00:00Z'
  }),
  make('c', {
    start: 0,
    status: 'orphaned',
    tags: ['iran', 'drones'],
    createdAt: '2026-01-02T00:00:00Z'
  })
]

describe('filterAnnotations', () => {
  it('sorts by position with orphans last, and by time', () => {
    expect(filterAnnotations(list, NO_FILTER).map((a) => a.id)).toEqual(['b', 'a', 'c'])
    expect(filterAnnotations(list, { ...NO_FILTER, sort: 'newest' }).map((a) => a.id)).toEqual([
      'a',
      'c',
      'b'
    ])
    expect(filterAnnotations(list, { ...NO_FILTER, sort: 'oldest' }).map((a) => a.id)).toEqual([
      'b',
      'c',
      'a'
    ])
  })
  it('filters by colour, tag, grade, status and text', () => {
    const ids = (f: Partial<typeof NO_FILTER>) =>
      filterAnnotations(list, { ...NO_FILTER, ...f }).map((a) => a.id)
    expect(ids({ colour: 1 })).toEqual(['a'])
    expect(ids({ tag: 'iran' })).toEqual(['a', 'c'])
    expect(ids({ grade: 'B2' })).toEqual(['a'])
    expect(ids({ grade: 'ungraded' })).toEqual(['b', 'c'])
    expect(ids({ status: 'orphaned' })).toEqual(['c'])
    expect(ids({ text: 'DISPUTED' })).toEqual(['b'])
    expect(ids({ text: 'drones' })).toEqual(['c'])
  })
  it('lists the tags and grades in use', () => {
    expect(filterChoices(list)).toEqual({ tags: ['drones', 'iran'], grades: ['B2'] })
  })
})
