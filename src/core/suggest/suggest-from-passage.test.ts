import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePlainText } from '../article/parse-plain-text'
import { plainText } from '../article/plain-text'
import { createLexicon } from './actor-lexicon'
import { suggestFromPassage } from './suggest-from-passage'

const article = plainText(
  parsePlainText(
    readFileSync(new URL('../../../resources/sample-article.txt', import.meta.url), 'utf8')
  ).blocks
)
const lexicon = createLexicon([])
const at = (quote: string): [number, number] => {
  const start = article.indexOf(quote)
  if (start < 0) throw new Error(`not in the article: ${quote}`)
  return [start, start + quote.length]
}

describe('suggestFromPassage', () => {
  it('prefills the form from a selected phrase and its sentence', () => {
    const [start, end] = at('carried out airstrikes')
    const s = suggestFromPassage(article, start, end, { publishedAt: '2021-06-30', lexicon })
    expect(s.subEventType?.value).toBe('Air/drone strike')
    expect(s.actor1?.value.name).toBe('Military Forces of the United States')
    expect(s.eventDate?.value).toEqual({ date: '2021-06-28', precision: 2 })
    expect(s.country?.value.code).toBe('IRQ')
    expect(s.mentions.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['IRQ', 'SYR']))
    expect(article.slice(s.passage.start, s.passage.end)).toMatch(
      /^Earlier this week.*personnel\.$/
    )
  })

  it('reads the story’s date and "the groups" from the sentences before the passage', () => {
    const [start, end] = at('threatening to respond')
    const s = suggestFromPassage(article, start, end, { publishedAt: '2021-06-30', lexicon })
    expect(s.subEventType?.value).toBe('Other')
    expect(s.context.value).toBe('future')
    expect(s.actor1?.value.name).toBe('Militia groups')
    expect(s.eventDate?.value.precision).toBe(2)
  })

  it('attaches the February figure to the February strikes', () => {
    const [start, end] = at('During those earlier airstrikes')
    const s = suggestFromPassage(article, start, end, { publishedAt: '2021-06-30', lexicon })
    expect(s.context.value).toBe('historical')
    expect(s.fatalities?.value.count).toBe(22)
  })

  it('still offers what a passage without a trigger names', () => {
    const [start, end] = at('Iran aims to protect its interests')
    const s = suggestFromPassage(article, start, end, { publishedAt: '2021-06-30', lexicon })
    expect(s.eventType).toBeUndefined()
    expect(s.actor1?.value.name).toBe('Military Forces of Iran')
  })

  it('offers the town a passage without a trigger names, from the gazetteer', () => {
    const text = 'Aid convoys reached the city of Kramatorsk in Ukraine on Monday, officials said.'
    const s = suggestFromPassage(text, 0, text.length, { publishedAt: '2023-06-28', lexicon })
    expect(s.eventType).toBeUndefined()
    expect(s.location?.value).toMatchObject({ name: 'Kramatorsk', geoPrecision: 1 })
    expect(s.location?.value.latitude).toBeCloseTo(48.7, 0)
    expect(s.country?.value.code).toBe('UKR')
  })
})
