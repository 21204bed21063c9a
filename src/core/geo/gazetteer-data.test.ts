import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  blockHead,
  decodeCount,
  decodeFixed,
  decodeKeyBlock,
  encodeCount,
  encodeFixed,
  encodeKeyBlock
} from './gazetteer-data'

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

  it('front-codes sorted keys, each against the one before', () => {
    const keys = ['kramatorsk', 'kramatorska', 'kramatorskaja', 'kramatorskaya']
    const block = encodeKeyBlock(keys)
    expect(block).toBe('kramatorskKaLjaLya')
    expect(blockHead(block)).toBe('kramatorsk')
    expect(decodeKeyBlock(block)).toEqual(keys)
    expect(decodeKeyBlock(encodeKeyBlock(['x']))).toEqual(['x'])
  })

  it('round-trips any sorted folded keys', () => {
    const folded = fc.stringMatching(/^[a-z0-9.()]{1,40}$/)
    fc.assert(
      fc.property(fc.uniqueArray(folded, { minLength: 1, maxLength: 16 }), (keys) => {
        const sorted = [...keys].sort()
        expect(decodeKeyBlock(encodeKeyBlock(sorted))).toEqual(sorted)
      })
    )
  })

  it('refuses keys that are not folded', () => {
    expect(() => encodeKeyBlock(['Kyiv'])).toThrow(/Not a folded name/)
    expect(() => encodeKeyBlock(['a|b'])).toThrow(/Not a folded name/)
  })

  it('writes small counts in one digit and large ones in four', () => {
    expect(encodeCount(1)).toHaveLength(1)
    expect(encodeCount(200)).toHaveLength(4)
    const s = encodeCount(3) + encodeCount(200) + encodeCount(62)
    expect(decodeCount(s, 0)).toEqual([3, 1])
    expect(decodeCount(s, 1)).toEqual([200, 5])
    expect(decodeCount(s, 5)).toEqual([62, 6])
  })
})
