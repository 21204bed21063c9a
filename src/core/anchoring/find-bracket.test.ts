import { readFileSync } from 'node:fs'
import { describe as suite, expect, it } from 'vitest'
import { describe } from './describe'
import { findBracket } from './find-bracket'

const article = readFileSync(
  new URL('../../../resources/sample-article.txt', import.meta.url),
  'utf8'
)
const QUOTE =
  'During those earlier airstrikes, the United States also targeted militia facilities, with the number of fatalities reaching 22.'
const start = article.indexOf(QUOTE)
const selectors = describe(article, start, start + QUOTE.length)

suite('findBracket', () => {
  it('finds a sentence a third rewritten between its intact prefix and suffix, edge to edge', () => {
    const rewritten =
      'During those earlier strikes, the U.S. military also hit militia depots, with the number of dead revised to 27.'
    const edited = article.replace(QUOTE, rewritten)
    const at = edited.indexOf(rewritten)
    expect(findBracket(edited, selectors.quote, start)).toMatchObject({
      start: at,
      end: at + rewritten.length
    })
  })

  it('gives nothing when the sentence was replaced by a different one (over half changed)', () => {
    const edited = article.replace(QUOTE, 'Officials declined to comment on the earlier raids.')
    expect(findBracket(edited, selectors.quote, start)).toBeNull()
  })

  it('gives nothing when the quote was cut out and its context now touches', () => {
    expect(findBracket(article.replace(QUOTE, ''), selectors.quote, start)).toBeNull()
  })

  it('gives nothing when the context and a rewrite of the quote occur twice nearby', () => {
    const { prefix, suffix } = selectors.quote
    const rewritten =
      'During those strikes, the United States also targeted militia sites, with 27 dead.'
    const twice = article.replace(
      prefix + QUOTE + suffix,
      `${prefix}${rewritten}${suffix} ${prefix}${rewritten}${suffix}`
    )
    expect(twice).not.toBe(article)
    // Once, it is found; twice, the place is ambiguous.
    const once = article.replace(QUOTE, rewritten)
    expect(findBracket(once, selectors.quote, start)).not.toBeNull()
    expect(findBracket(twice, selectors.quote, start)).toBeNull()
  })
})
