import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe as suite, expect, it } from 'vitest'
import { anchor } from './anchor'
import { ANCHOR_POLICY, errorBudget } from './anchor-policy'
import { createAnchorer } from './create-anchorer'
import { describe } from './describe'
import { editDistance } from './edit-distance'

const article = readFileSync(
  new URL('../../../resources/sample-article.txt', import.meta.url),
  'utf8'
)

// Texts from a tiny vocabulary are full of look-alikes: the hard case for "never unrelated".
const repetitive = fc
  .array(
    fc.constantFrom('the', 'militia', 'strikes', 'Iran', 'said', 'and', 'U.S.', 'bases', '.'),
    {
      minLength: 30,
      maxLength: 300
    }
  )
  .map((words) => words.join(' '))

const texts = fc.oneof(fc.constant(article), repetitive)

// A span of 5..200 chars inside a text of length n.
const span = (n: number) =>
  fc
    .tuple(fc.nat(n - 5), fc.integer({ min: 5, max: 200 }))
    .map(([start, length]) => ({ start, end: Math.min(n, start + length) }))

interface Edit {
  kind: 'insert' | 'delete' | 'substitute'
  at: number // fraction of the region the edit falls in
  char: string
}
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'substitute'),
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  char: fc.constantFrom('a', 'e', 'x', ' ', '.', 'é')
})

// Applies edits to text[lo, hi) (region given as a function of the quote's current span) and
// tracks where the quote ends up.
function applyEdits(
  text: string,
  quote: { start: number; end: number },
  edits: Edit[],
  region: (q: { start: number; end: number }, n: number) => [number, number]
): { text: string; quote: { start: number; end: number } } {
  let t = text
  let { start, end } = quote
  for (const e of edits) {
    const [lo, hi] = region({ start, end }, t.length)
    if (hi <= lo) continue
    const at = lo + Math.floor(e.at * (hi - lo))
    if (e.kind === 'insert') {
      t = t.slice(0, at) + e.char + t.slice(at)
      if (at < start) start += 1
      if (at < end) end += 1
    } else if (e.kind === 'delete' && !(at >= start && end - start <= 1)) {
      t = t.slice(0, at) + t.slice(at + 1)
      if (at < start) start -= 1
      if (at < end) end -= 1
    } else if (e.kind === 'substitute') {
      t = t.slice(0, at) + e.char + t.slice(at + 1)
    }
  }
  return { text: t, quote: { start, end } }
}

suite('anchor properties', () => {
  it('describe then anchor on the unchanged text is exact with the same span', () => {
    fc.assert(
      fc.property(
        texts.chain((text) => fc.tuple(fc.constant(text), span(text.length))),
        ([text, { start, end }]) => {
          const selectors = describe(text, start, end)
          const expected = { start, end, status: 'exact', score: 1 }
          expect(anchor(text, selectors)).toEqual(expected)
          expect(createAnchorer(text).anchor(selectors)).toEqual(expected)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('after random small edits, never returns a span unrelated to the quote', () => {
    fc.assert(
      fc.property(
        texts.chain((text) => fc.tuple(fc.constant(text), span(text.length))),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        ([text, quote], edits, inside) => {
          const selectors = describe(text, quote.start, quote.end)
          // Half the runs edit only around the quote, half anywhere in the text.
          const around = (q: { start: number; end: number }, n: number): [number, number] =>
            inside ? [Math.max(0, q.start - 40), Math.min(n, q.end + 40)] : [0, n]
          const edited = applyEdits(text, quote, edits, around).text
          const result = anchor(edited, selectors)
          if (result.status === 'orphaned') {
            expect(result).toEqual({ start: -1, end: -1, status: 'orphaned', score: 0 })
            return
          }
          const found = edited.slice(result.start, result.end)
          // Within the error budget, or (found between its intact context, see findBracket) at
          // most half of it changed.
          const length = selectors.quote.exact.length
          const limit = Math.max(
            errorBudget(length),
            Math.floor(length * ANCHOR_POLICY.bracketMaxChange)
          )
          expect(editDistance(found, selectors.quote.exact)).toBeLessThanOrEqual(limit)
          if (result.status === 'exact') expect(found).toBe(selectors.quote.exact)
          expect(result.score).toBeGreaterThan(0)
          expect(result.score).toBeLessThanOrEqual(1)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('edits away from the quote and its context leave it exact at its shifted place', () => {
    fc.assert(
      fc.property(
        span(article.length),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (quote, edits) => {
          const selectors = describe(article, quote.start, quote.end)
          // Edits before the prefix or after the suffix, never touching quote or context.
          const outside = (q: { start: number; end: number }, n: number): [number, number] =>
            edits.indexOf(edits[0] as Edit) % 2 === 0
              ? [0, Math.max(0, q.start - 33)]
              : [Math.min(n, q.end + 33), n]
          const edited = applyEdits(article, quote, edits, outside)
          expect(anchor(edited.text, selectors)).toEqual({
            ...edited.quote,
            status: 'exact',
            score: 1
          })
        }
      ),
      { numRuns: 200 }
    )
  })

  it('edits inside the quote (≤ 10% of it) with its context intact are found at the true place', () => {
    fc.assert(
      fc.property(
        fc
          .nat(article.length - 260)
          .chain((start) =>
            fc.record({ start: fc.constant(start + 40), length: fc.integer({ min: 30, max: 200 }) })
          ),
        fc.array(edit, { minLength: 1, maxLength: 20 }),
        ({ start, length }, edits) => {
          const quote = { start, end: start + length }
          const selectors = describe(article, quote.start, quote.end)
          const few = edits.slice(0, Math.max(1, Math.floor(length / 10)))
          // Strictly inside: an insertion exactly at an edge could as well belong to the context.
          const inside = (q: { start: number; end: number }): [number, number] => [
            q.start + 1,
            q.end - 1
          ]
          const edited = applyEdits(article, quote, few, inside)
          const result = anchor(edited.text, selectors)
          expect(result.status).not.toBe('orphaned')
          // Insertions that repeat the quote's edge char are as well edits of its context: "at"
          // with "a", " ", "a", "a" typed after its first char reads "is aaa at", which holds the
          // stored quote verbatim after "aaa ". The verbatim quote inside the edited one is right.
          const verbatim =
            edited.text.slice(result.start, result.end) === selectors.quote.exact &&
            result.start >= edited.quote.start &&
            result.end <= edited.quote.end
          if (verbatim) return
          expect(Math.abs(result.start - edited.quote.start)).toBeLessThanOrEqual(3)
          expect(Math.abs(result.end - edited.quote.end)).toBeLessThanOrEqual(3)
        }
      ),
      {
        numRuns: 300,
        examples: [
          [
            { start: 1462, length: 40 },
            ['a', ' ', 'a', 'a'].map((char) => ({ kind: 'insert' as const, at: 0, char }))
          ]
        ]
      }
    )
  })

  it('rewrites of up to 30% of the quote, with light edits in its context, are never misplaced', () => {
    fc.assert(
      fc.property(
        fc
          .nat(article.length - 300)
          .chain((start) =>
            fc.record({ start: fc.constant(start + 40), length: fc.integer({ min: 20, max: 200 }) })
          ),
        fc.array(edit, { minLength: 1, maxLength: 60 }),
        fc.array(edit, { maxLength: 3 }),
        ({ start, length }, inside, around) => {
          const quote = { start, end: start + length }
          const selectors = describe(article, quote.start, quote.end)
          const rewrite = inside.slice(0, Math.max(1, Math.floor(length * 0.3)))
          // Clear of the edges: chars inserted right after a quote's first char can as well be
          // read as inserted before it ("." + "aaa." = ".aaa" + "."), which no method can tell.
          const strictlyInside = (q: { start: number; end: number }): [number, number] => [
            q.start + 4,
            q.end - 4
          ]
          const rewritten = applyEdits(article, quote, rewrite, strictlyInside)
          // A few edits anywhere in the 32 chars of context on either side.
          const context = (q: { start: number; end: number }, n: number): [number, number] =>
            around.indexOf(around[0] as Edit) % 2 === 0
              ? [Math.max(0, q.start - 32), Math.max(0, q.start - 1)]
              : [Math.min(n, q.end + 1), Math.min(n, q.end + 32)]
          const edited = applyEdits(rewritten.text, rewritten.quote, around, context)
          const result = anchor(edited.text, selectors)
          if (result.status === 'orphaned') return
          expect(Math.abs(result.start - edited.quote.start)).toBeLessThanOrEqual(3)
          expect(Math.abs(result.end - edited.quote.end)).toBeLessThanOrEqual(3)
          if (result.status === 'exact') {
            expect(edited.text.slice(result.start, result.end)).toBe(selectors.quote.exact)
          }
        }
      ),
      { numRuns: 400 }
    )
  })

  it('a quote rewritten by up to 30% between its unchanged context is found there, drifted', () => {
    fc.assert(
      fc.property(
        fc
          .nat(article.length - 300)
          .chain((start) =>
            fc.record({ start: fc.constant(start + 40), length: fc.integer({ min: 20, max: 200 }) })
          ),
        fc.array(edit, { minLength: 1, maxLength: 60 }),
        ({ start, length }, edits) => {
          const quote = { start, end: start + length }
          const selectors = describe(article, quote.start, quote.end)
          const rewrite = edits.slice(0, Math.max(1, Math.floor(length * 0.3)))
          // Clear of the edges: chars inserted right after a quote's first char can as well be
          // read as inserted before it ("." + "aaa." = ".aaa" + "."), which no method can tell.
          const strictlyInside = (q: { start: number; end: number }): [number, number] => [
            q.start + 4,
            q.end - 4
          ]
          const edited = applyEdits(article, quote, rewrite, strictlyInside)
          fc.pre(edited.text !== article)
          const result = anchor(edited.text, selectors)
          if (result.status === 'exact') {
            // Edits at its very start that only insert ("ab" → "aab") leave the quote verbatim
            // a char or two over: exact there is right too.
            expect(edited.text.slice(result.start, result.end)).toBe(selectors.quote.exact)
            expect(Math.abs(result.start - edited.quote.start)).toBeLessThanOrEqual(3)
            return
          }
          expect(result.status).toBe('drifted')
          expect(result.start).toBe(edited.quote.start)
          expect(result.end).toBe(edited.quote.end)
          expect(result.score).toBeLessThan(1)
        }
      ),
      { numRuns: 300 }
    )
  })
})
