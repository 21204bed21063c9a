import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codePointOffsets } from './code-point-offsets'

describe('codePointOffsets', () => {
  it('is the identity on text with no characters outside the BMP', () => {
    const convert = codePointOffsets('Café in Zakho — ٣ killed')
    expect([0, 3, 10, 24].map(convert)).toEqual([0, 3, 10, 24])
  })

  it('counts an emoji as one character', () => {
    const text = 'Residents 📷 filmed the strike 🔥 at dawn'
    const convert = codePointOffsets(text)
    const utf16 = text.indexOf('filmed')
    expect(convert(utf16)).toBe(utf16 - 1)
    expect(convert(text.indexOf('at dawn'))).toBe(text.indexOf('at dawn') - 2)
    expect(convert(text.length)).toBe([...text].length)
  })

  it('counts combining marks as characters of their own, as the W3C model does', () => {
    const text = 'Ba\u0301b al-Hawa 𝐗 crossing'
    const convert = codePointOffsets(text)
    expect(convert(text.indexOf('al-Hawa'))).toBe(5)
    expect(convert(text.indexOf('crossing'))).toBe(
      [...text.slice(0, text.indexOf('crossing'))].length
    )
  })

  it('agrees with counting code points of the prefix, for any text and offset between pairs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), (text, n) => {
        const points = [...text]
        const k = n % (points.length + 1)
        const utf16 = points.slice(0, k).join('').length
        expect(codePointOffsets(text)(utf16)).toBe(k)
      })
    )
  })
})
