import { describe, expect, it } from 'vitest'
import { derivedUuid, murmur3x86x128 } from './derived-uuid'

const hex = (words: number[]): string => words.map((w) => w.toString(16).padStart(8, '0')).join('')

describe('derivedUuid', () => {
  it('implements MurmurHash3_x86_128 (reference vectors of the C implementation)', () => {
    expect(hex(murmur3x86x128('', 0))).toBe('00000000000000000000000000000000')
    expect(hex(murmur3x86x128('', 1))).toBe('88c4adec54d201b954d201b954d201b9')
    expect(hex(murmur3x86x128('The quick brown fox jumps over the lazy dog', 0))).toBe(
      '2f1583c3ecee2c675d7bf66ce5e91d2c'
    )
  })

  it('gives a UUIDv4-shaped id, the same for the same key and different for others', () => {
    const ids = new Set<string>()
    for (let i = 0; i < 50_000; i++) {
      const id = derivedUuid(`report:event-${i}`)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      ids.add(id)
    }
    expect(ids.size).toBe(50_000)
    expect(derivedUuid('report:event-1')).toBe(derivedUuid('report:event-1'))
    expect(derivedUuid('naïve — “ü” 🙂')).toBe(derivedUuid('naïve — “ü” 🙂'))
    expect(derivedUuid('naïve — “ü” 🙂')).not.toBe(derivedUuid('naive — “u” 🙂'))
  })
})
