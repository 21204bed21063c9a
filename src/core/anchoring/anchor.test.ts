import { readFileSync } from 'node:fs'
import { describe as suite, expect, it } from 'vitest'
import type { AnchorSelectors } from './anchor-types'
import { anchor } from './anchor'
import { errorBudget } from './anchor-policy'
import { createAnchorer } from './create-anchorer'
import { describe } from './describe'
import { editDistance } from './edit-distance'
import { hashText } from './hash-text'

const article = readFileSync(
  new URL('../../../resources/sample-article.txt', import.meta.url),
  'utf8'
)

const select = (text: string, quote: string, from = 0): AnchorSelectors => {
  const start = text.indexOf(quote, from)
  if (start < 0) throw new Error(`not in text: ${quote}`)
  return describe(text, start, start + quote.length)
}
const QUOTE = 'The strikes killed several militia members and destroyed facilities'
const at = (text: string, s: string): { start: number; end: number } => {
  const start = text.indexOf(s)
  return { start, end: start + s.length }
}

suite('anchor: exact', () => {
  it('is exact with score 1 on the unchanged text', () => {
    const selectors = select(article, QUOTE)
    expect(anchor(article, selectors)).toEqual({ ...at(article, QUOTE), status: 'exact', score: 1 })
  })

  it('is exact at the old position even when the hash differs (edit elsewhere)', () => {
    const selectors = select(article, QUOTE)
    const edited = article.replace('strategical analysis', 'strategic analysis')
    expect(hashText(edited)).not.toBe(selectors.textHash)
    expect(anchor(edited, selectors)).toMatchObject({ ...at(edited, QUOTE), status: 'exact' })
  })

  it('is exact at the shifted place when text is inserted before', () => {
    const selectors = select(article, QUOTE)
    const edited = `A new opening paragraph, added after publication.\n\n${article}`
    expect(anchor(edited, selectors)).toMatchObject({ ...at(edited, QUOTE), status: 'exact' })
  })

  it('picks the occurrence whose context matches when the quote repeats', () => {
    // "the Biden administration" occurs four times in the sample; annotate the third.
    const third = article.indexOf('the Biden administration has argued')
    const selectors = select(article, 'the Biden administration', third)
    const edited = article.replace(
      'Earlier this week,',
      'Earlier this week, after weeks of warnings,'
    )
    const expected = edited.indexOf('the Biden administration has argued')
    expect(anchor(edited, selectors)).toMatchObject({ start: expected, status: 'exact' })
  })
})

suite('anchor: drifted', () => {
  it('finds a quote whose words were edited, at the edited words', () => {
    const selectors = select(article, QUOTE)
    const edited = article.replace('several militia members', 'several militiamen')
    const result = anchor(edited, selectors)
    const expected = at(edited, 'The strikes killed several militiamen and destroyed facilities')
    expect(result).toMatchObject({ ...expected, status: 'drifted' })
    expect(result.score).toBeGreaterThan(0.75)
    expect(result.score).toBeLessThan(1)
  })

  it('flags a verbatim quote whose neighbouring words changed', () => {
    const selectors = select(article, 'while convoys have also been targeted')
    const edited = article.replace(
      'that detonate upon contact, while',
      'that explode on contact, while'
    )
    expect(anchor(edited, selectors)).toMatchObject({
      ...at(edited, 'while convoys have also been targeted'),
      status: 'drifted'
    })
  })

  it('returns a span within the error budget of the quote', () => {
    const selectors = select(article, QUOTE)
    const edited = article.replace('killed several militia', 'killed sevral militias')
    const result = anchor(edited, selectors)
    expect(result.status).toBe('drifted')
    const span = edited.slice(result.start, result.end)
    expect(editDistance(span, QUOTE)).toBeLessThanOrEqual(errorBudget(QUOTE.length))
  })
})

suite('anchor: orphaned', () => {
  const orphaned = { start: -1, end: -1, status: 'orphaned', score: 0 }

  it('orphans a quote whose sentence was deleted, with -1 offsets and score 0', () => {
    const sentence =
      'The strikes killed several militia members and destroyed facilities that reportedly were designated for weapon storage or operational activities. '
    const selectors = select(article, QUOTE)
    expect(anchor(article.replace(sentence, ''), selectors)).toEqual(orphaned)
  })

  it('does not jump to a look-alike when the quoted sentence and its context are gone', () => {
    const lookAlike =
      'Officials said the strikes killed several militia fighters and destroyed depots used for weapon storage.'
    const original = `${article}\n\n${lookAlike}`
    const selectors = select(original, QUOTE)
    const edited = original.replace(
      /This is the second such military action[^]*?operational activities\. /,
      ''
    )
    expect(edited).not.toContain(QUOTE)
    expect(anchor(edited, selectors)).toEqual(orphaned)
  })

  it('orphans a quote that was rewritten beyond the error budget', () => {
    const selectors = select(article, QUOTE)
    const edited = article.replace(
      QUOTE,
      'Several fighters died and depots were wrecked in the raids'
    )
    expect(anchor(edited, selectors)).toEqual(orphaned)
  })

  it('orphans malformed selectors instead of throwing', () => {
    const selectors = select(article, QUOTE)
    const empty = { ...selectors, quote: { ...selectors.quote, exact: '' } }
    expect(anchor(article, empty)).toEqual(orphaned)
    expect(anchor('short', selectors)).toEqual(orphaned)
  })
})

suite('createAnchorer', () => {
  it('gives the same results as describe/anchor and hashes the text once', () => {
    const anchorer = createAnchorer(article)
    expect(anchorer.textHash).toBe(hashText(article))
    const start = article.indexOf(QUOTE)
    const selectors = anchorer.describe(start, start + QUOTE.length)
    expect(selectors).toEqual(describe(article, start, start + QUOTE.length))
    const edited = createAnchorer(article.replace('militia members', 'militiamen'))
    expect(edited.anchor(selectors)).toEqual(anchor(edited.text, selectors))
  })

  it('tolerates a hint outside the text', () => {
    const selectors = select(article, QUOTE)
    const far = { ...selectors, position: { ...selectors.position, start: 1e9, end: 1e9 + 5 } }
    expect(anchor(article, far)).toMatchObject({ ...at(article, QUOTE), status: 'exact' })
  })
})
