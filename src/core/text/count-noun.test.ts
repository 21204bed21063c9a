import { describe, expect, it } from 'vitest'
import { countNoun } from './count-noun'

describe('countNoun', () => {
  it('puts the noun in the number the count needs', () => {
    expect(countNoun(0, 'annotation')).toBe('0 annotations')
    expect(countNoun(1, 'annotation')).toBe('1 annotation')
    expect(countNoun(2, 'event')).toBe('2 events')
    expect(countNoun(1, 'entry', 'entries')).toBe('1 entry')
    expect(countNoun(3, 'entry', 'entries')).toBe('3 entries')
    expect(countNoun(12000, 'event')).toBe('12,000 events')
  })
})
