import { describe, expect, it } from 'vitest'
import { quoteSpacing } from './quote-spacing'

describe('quoteSpacing', () => {
  it('puts a space between a word and the quote, and between the quote and a word', () => {
    expect(quoteSpacing('Residents reported', 'and fled')).toEqual({ lead: true, trail: true })
    expect(quoteSpacing('as of 2021,', '')).toEqual({ lead: true, trail: false })
  })

  it('adds nothing after a space, an opening bracket or a dash, nor before punctuation', () => {
    expect(quoteSpacing('reported ', '.')).toEqual({ lead: false, trail: false })
    expect(quoteSpacing('(', ')')).toEqual({ lead: false, trail: false })
    expect(quoteSpacing('said —', ', and')).toEqual({ lead: false, trail: false })
    expect(quoteSpacing('', '')).toEqual({ lead: false, trail: false })
  })

  it('reads letters of any script', () => {
    expect(quoteSpacing('وقال', 'ثم')).toEqual({ lead: true, trail: true })
  })
})
