import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contextDistances } from './context-distances'

// Sellers' dynamic programme, the definition contextDistances must agree with.
function naive(text: string, lo: number, hi: number, pattern: string): number[] {
  const m = pattern.length
  let column = Array.from({ length: m + 1 }, (_, i) => i)
  const out: number[] = []
  for (let j = lo; j < hi; j++) {
    const next = [0]
    for (let i = 1; i <= m; i++) {
      const cost = pattern[i - 1] === text[j] ? 0 : 1
      next.push(Math.min((column[i - 1] ?? 0) + cost, (column[i] ?? 0) + 1, (next[i - 1] ?? 0) + 1))
    }
    column = next
    out.push(column[m] ?? 0)
  }
  return out
}

describe('contextDistances', () => {
  it('is 0 where the pattern ends verbatim, and counts edits elsewhere', () => {
    const text = 'the strikes killed at least six militia members'
    const d = contextDistances(text, 0, text.length, 'killed')
    expect(d[text.indexOf('killed') + 'killed'.length - 1]).toBe(0)
    expect(Array.from(d)).toEqual(naive(text, 0, text.length, 'killed'))
  })

  it('agrees with the dynamic programme for patterns of 1–32 chars', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', 'é', '\n')
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 0, maxLength: 120 }).map((a) => a.join('')),
        fc.array(alphabet, { minLength: 1, maxLength: 32 }).map((a) => a.join('')),
        fc.nat(),
        fc.nat(),
        (text, pattern, a, b) => {
          const lo = text.length === 0 ? 0 : a % text.length
          const hi = lo + (text.length === lo ? 0 : b % (text.length - lo + 1))
          expect(Array.from(contextDistances(text, lo, hi, pattern))).toEqual(
            naive(text, lo, hi, pattern)
          )
        }
      ),
      { numRuns: 500 }
    )
  })

  it('refuses an empty pattern or one longer than a machine word', () => {
    expect(() => contextDistances('abc', 0, 3, '')).toThrow(RangeError)
    expect(() => contextDistances('abc', 0, 3, 'x'.repeat(33))).toThrow(RangeError)
  })
})
