import { describe, expect, it } from 'vitest'
import { findInText, matchIndexFrom } from './find-matches'

const plain = { caseSensitive: false, wholeWord: false }

describe('findInText', () => {
  it('finds every occurrence, case-insensitively by default', () => {
    expect(findInText('Strike, strike, STRIKE', 'strike', plain)).toEqual([
      { from: 0, to: 6 },
      { from: 8, to: 14 },
      { from: 16, to: 22 }
    ])
  })

  it('honours case sensitivity and whole words', () => {
    expect(
      findInText('Strike strikes strike', 'strike', { ...plain, caseSensitive: true })
    ).toHaveLength(2)
    expect(findInText('Strike strikes strike', 'strike', { ...plain, wholeWord: true })).toEqual([
      { from: 0, to: 6 },
      { from: 15, to: 21 }
    ])
    expect(findInText('Ärger ärger', 'ärger', { ...plain, wholeWord: true })).toHaveLength(2)
  })

  it('treats the term literally', () => {
    expect(findInText('a.b axb (c)', 'a.b', plain)).toEqual([{ from: 0, to: 3 }])
    expect(findInText('a.b axb (c)', '(c)', plain)).toEqual([{ from: 8, to: 11 }])
  })

  it('keeps offsets right where lower-casing would change the length', () => {
    // "İ" lower-cases to two code units; a regex with the i flag does not shift later offsets.
    expect(findInText('İstanbul shelled', 'shelled', plain)).toEqual([{ from: 9, to: 16 }])
  })

  it('finds nothing for an empty term, and does not overlap matches', () => {
    expect(findInText('abc', '', plain)).toEqual([])
    expect(findInText('aaaa', 'aa', plain)).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 4 }
    ])
  })
})

describe('matchIndexFrom', () => {
  const matches = [
    { from: 5, to: 7 },
    { from: 10, to: 12 }
  ]
  it('picks the first match at or after a position, wrapping', () => {
    expect(matchIndexFrom(matches, 0)).toBe(0)
    expect(matchIndexFrom(matches, 6)).toBe(1)
    expect(matchIndexFrom(matches, 11)).toBe(0)
    expect(matchIndexFrom([], 0)).toBe(-1)
  })
})
