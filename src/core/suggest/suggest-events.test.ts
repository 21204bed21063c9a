import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePlainText } from '../article/parse-plain-text'
import { plainText } from '../article/plain-text'
import { createLexicon } from './actor-lexicon'
import type { EventSuggestion } from './event-suggestion'
import { suggestEvents } from './suggest-events'

const article = plainText(
  parsePlainText(
    readFileSync(new URL('../../../resources/sample-article.txt', import.meta.url), 'utf8')
  ).blocks
)
const lexicon = createLexicon([])
const events = suggestEvents(article, { publishedAt: '2021-06-30', lexicon })
const of = (sub: string, context = 'current'): EventSuggestion[] =>
  events.filter((e) => e.subEventType?.value === sub && e.context.value === context)

describe('suggestEvents on the sample article', () => {
  it('splits this week’s strikes "in Iraq and Syria" into one event per country', () => {
    const strikes = of('Air/drone strike').filter(
      (e) => e.actor1?.value.name === 'Military Forces of the United States'
    )
    expect(strikes.map((e) => e.country?.value.code)).toEqual(['IRQ', 'SYR'])
    for (const e of strikes) {
      expect(e.eventType?.value).toBe('Explosions/Remote violence')
      expect(e.actor1?.value.inter).toBe(8)
      expect(e.actor2?.value).toEqual({ name: 'Militia groups', actorId: null, inter: 3 })
      expect(e.eventDate?.value).toEqual({ date: '2021-06-28', precision: 2 })
      expect(e.eventDate?.words).toBe('Earlier this week')
      // "several" is no figure: offered for the analyst to confirm, the field left empty.
      expect(e.fatalities).toBeUndefined()
      expect(e.candidates?.fatalities?.[0]?.value.phrase).toBe('several')
      expect(e.mentions.countries.map((c) => c.code)).toEqual(
        expect.arrayContaining(['IRQ', 'SYR'])
      )
    }
    // One reported figure for both events: divided, never counted twice.
    expect(strikes.reduce((n, e) => n + (e.candidates?.fatalities?.[0]?.value.count ?? 0), 0)).toBe(
      3
    )
  })

  it('keeps the February strikes and their 22 dead as a separate historical event', () => {
    const [february, ...more] = of('Air/drone strike', 'historical')
    expect(more).toEqual([])
    expect(february?.eventDate?.value).toEqual({ date: '2021-02-01', precision: 3 })
    expect(february?.fatalities?.value.count).toBe(22)
    expect(
      events
        .filter((e) => e.context.value === 'current')
        .some((e) => e.fatalities?.value.count === 22)
    ).toBe(false)
  })

  it('proposes the militia drone attack, the threat, the rockets and the explosives', () => {
    const drone = of('Air/drone strike').find((e) => e.actor1?.value.name === 'Militia groups')
    expect(drone?.actor2?.value.name).toBe('Military Forces of the United States')
    const [threat] = of('Other', 'future')
    expect(threat?.eventType?.value).toBe('Strategic developments')
    expect(threat?.actor1?.value.name).toBe('Militia groups')
    expect(of('Shelling/artillery/missile attack', 'historical').length).toBeGreaterThanOrEqual(1)
    expect(of('Remote explosive/landmine/IED', 'historical').length).toBeGreaterThanOrEqual(1)
  })

  it('merges repeated mentions and proposes nothing from the analysis paragraphs', () => {
    // "their drone attacks" points back at the drone attack: one event, not two.
    expect(
      of('Air/drone strike').filter((e) => e.actor1?.value.name === 'Militia groups')
    ).toHaveLength(1)
    expect(events.length).toBeLessThanOrEqual(10)
    expect(events.some((e) => e.subEventType?.value === 'Agreement')).toBe(false)
  })

  it('cites words that are really in the text', () => {
    for (const e of events) {
      for (const v of [
        e.eventType,
        e.actor1,
        e.actor2,
        e.country,
        e.eventDate,
        e.fatalities,
        e.context
      ]) {
        if (v) expect(article.slice(v.start, v.end)).toBe(v.words)
      }
      expect(e.confidence).toBeGreaterThan(0)
      expect(e.confidence).toBeLessThanOrEqual(1)
    }
  })

  it('resolves no relative date without a publication date', () => {
    const undated = suggestEvents(article, { lexicon })
    expect(undated.every((e) => e.eventDate === undefined)).toBe(true)
  })
})
