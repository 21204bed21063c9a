import { describe as suite, expect, it } from 'vitest'
import { hashText } from './hash-text'

suite('hashText', () => {
  it('is FNV-1a 32-bit over UTF-16 code units, prefixed with its name', () => {
    // Reference values of FNV-1a 32 for ASCII input (one code unit per byte).
    expect(hashText('')).toBe('fnv1a32:811c9dc5')
    expect(hashText('a')).toBe('fnv1a32:e40c292c')
    expect(hashText('foobar')).toBe('fnv1a32:bf9cf968')
  })

  it('changes when one character changes, and is stable otherwise', () => {
    const text = 'The strikes killed several militia members.'
    expect(hashText(text)).toBe(hashText(`${text}`))
    expect(hashText(text)).not.toBe(hashText(text.replace('several', 'sevral')))
  })

  it('hashes non-ASCII and astral characters without throwing', () => {
    expect(hashText('Tehran — طهران 🚀')).toMatch(/^fnv1a32:[0-9a-f]{8}$/)
  })
})
