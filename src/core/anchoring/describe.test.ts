import { describe as suite, expect, it } from 'vitest'
import { describe } from './describe'
import { hashText } from './hash-text'

// True when no UTF-16 surrogate half stands alone.
const wellFormed = (s: string): boolean =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)

const text =
  'Earlier this week, the United States carried out airstrikes against militia group facilities.'

suite('describe', () => {
  it('stores the quote, 32 chars of context each side, the position and the text hash', () => {
    const start = text.indexOf('carried out')
    const end = start + 'carried out airstrikes'.length
    expect(describe(text, start, end)).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: 'carried out airstrikes',
        prefix: 'Earlier this week, the United States '.slice(-32),
        suffix: ' against militia group facilities.'.slice(0, 32)
      },
      position: { type: 'TextPositionSelector', start, end },
      textHash: hashText(text)
    })
  })

  it('shortens the context at the edges of the text', () => {
    const selectors = describe(text, 0, 7)
    expect(selectors.quote.prefix).toBe('')
    expect(describe(text, text.length - 11, text.length).quote.suffix).toBe('')
  })

  it('uses a precomputed hash when given one', () => {
    expect(describe(text, 0, 7, 'fnv1a32:00000000').textHash).toBe('fnv1a32:00000000')
  })

  it('never cuts a surrogate pair in the context', () => {
    const emoji = '🚀'.repeat(40)
    const astral = `${emoji}quote${emoji}`
    const start = emoji.length
    const { prefix, suffix } = describe(astral, start, start + 5).quote
    expect(prefix.length).toBe(32)
    expect(suffix.length).toBe(32)
    expect(wellFormed(prefix) && wellFormed(suffix)).toBe(true)
    // An odd offset into the pair is trimmed, not split.
    const odd = describe(`x${astral}`, start + 1, start + 6).quote
    expect(wellFormed(odd.prefix) && wellFormed(odd.suffix)).toBe(true)
    expect(wellFormed(`x${emoji}`.slice(2))).toBe(false)
  })

  it('rejects empty, reversed, fractional and out-of-range spans', () => {
    expect(() => describe(text, 5, 5)).toThrow(RangeError)
    expect(() => describe(text, 6, 5)).toThrow(RangeError)
    expect(() => describe(text, 0.5, 5)).toThrow(RangeError)
    expect(() => describe(text, -1, 5)).toThrow(RangeError)
    expect(() => describe(text, 0, text.length + 1)).toThrow(RangeError)
  })
})
