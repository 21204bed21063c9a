import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeAlternates, decodeFixed, encodeAlternates, encodeFixed } from './gazetteer-data'

describe('gazetteer data codec', () => {
  it('round-trips fixed-width numbers and refuses those that do not fit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 64 ** 4 - 1 }), (n) => {
        expect(decodeFixed('xx' + encodeFixed(n, 4), 2, 4)).toBe(n)
      })
    )
    expect(() => encodeFixed(64 ** 2, 2)).toThrow(RangeError)
    expect(() => encodeFixed(-1, 2)).toThrow(RangeError)
  })

  it('front-codes alternate names against the name and each other', () => {
    const alts = ['kramatorskaya', 'kramatorska', 'kramatorskaja']
    const encoded = encodeAlternates('kramatorsk', alts)
    expect(encoded).toBe('KaLjaLya')
    expect(decodeAlternates('kramatorsk', encoded)).toEqual([...alts].sort())
    expect(decodeAlternates('x', encodeAlternates('x', []))).toEqual([])
  })

  it('round-trips any folded names', () => {
    const folded = fc.stringMatching(/^[a-z0-9 .()]{1,40}$/)
    fc.assert(
      fc.property(folded, fc.uniqueArray(folded, { maxLength: 12 }), (key, alts) => {
        expect(decodeAlternates(key, encodeAlternates(key, alts))).toEqual([...alts].sort())
      })
    )
  })

  it('refuses names that are not folded', () => {
    expect(() => encodeAlternates('a', ['Kyiv'])).toThrow(/Not a folded name/)
  })
})
