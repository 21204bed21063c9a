import fc from 'fast-check'
import { describe as suite, expect, it } from 'vitest'
import { editDistance, similarity } from './edit-distance'

// Textbook O(n·m) Levenshtein, the reference the fast versions are checked against.
function reference(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
    }
    prev = cur
  }
  return prev[b.length] ?? 0
}

// Small alphabets make near-matches (the interesting cases) frequent; é and 🚀 cover non-ASCII.
const word = (max: number) =>
  fc
    .array(fc.constantFrom('a', 'b', 'c', ' ', 'é', '🚀'), { maxLength: max })
    .map((c) => c.join(''))

suite('editDistance', () => {
  it('knows a few classic distances', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('flaw', 'lawn')).toBe(2)
  })

  it('equals the textbook distance, or max + 1 once it is over max', () => {
    fc.assert(
      fc.property(word(30), word(30), fc.nat(12), (a, b, max) => {
        const d = reference(a, b)
        expect(editDistance(a, b)).toBe(d)
        expect(editDistance(a, b, max)).toBe(d > max ? max + 1 : d)
      }),
      { numRuns: 500 }
    )
  })
})

suite('similarity', () => {
  it('is 1 − distance / longer length, on short (bit-parallel) and long strings', () => {
    fc.assert(
      fc.property(word(45), word(45), (a, b) => {
        const longest = Math.max(a.length, b.length)
        const expected = longest === 0 ? 1 : 1 - reference(a, b) / longest
        expect(similarity(a, b)).toBeCloseTo(expected, 12)
      }),
      { numRuns: 500 }
    )
  })
})
