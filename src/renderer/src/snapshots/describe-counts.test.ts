import { describe, expect, it } from 'vitest'
import { describeCounts } from './describe-counts'

describe('describeCounts', () => {
  it('lists the non-empty tables in a fixed order, singular where there is one', () => {
    expect(describeCounts({ events: 5, settings: 3, annotations: 1, articles: 2, notes: 0 })).toBe(
      '2 articles · 1 annotation · 5 events'
    )
  })

  it('shows tables it does not know by name, and says when there is nothing', () => {
    expect(describeCounts({ noteRevisions: 2, bookmarks: 4 })).toBe(
      '2 note revisions · 4 bookmarks'
    )
    expect(describeCounts({ settings: 2 })).toBe('no records')
  })
})
