import { describe, expect, it } from 'vitest'
import { filterArticleSummaries } from './filter-article-summaries'

const list = [
  { id: '1', title: 'Shelling in Kharkiv', source: 'Reuters' },
  { id: '2', title: 'Talks in Doha', source: 'AP' },
  { id: '3', title: 'Kharkiv power cuts', source: 'Local radio' }
]
const ids = (q: string): string[] => filterArticleSummaries(list, q).map((s) => s.id)

describe('filterArticleSummaries', () => {
  it('keeps every summary for a blank query', () => {
    expect(ids('  ')).toEqual(['1', '2', '3'])
  })
  it('matches title or source, any case, every word in any order', () => {
    expect(ids('kharkiv')).toEqual(['1', '3'])
    expect(ids('RADIO kharkiv')).toEqual(['3'])
    expect(ids('ap')).toEqual(['2'])
    expect(ids('kharkiv doha')).toEqual([])
  })
})
