import { describe, expect, it } from 'vitest'
import { suggestContext } from './suggest-context'

const context = (
  text: string,
  trigger: string,
  options: Partial<Parameters<typeof suggestContext>[4]> = {}
) => {
  const at = text.indexOf(trigger)
  return suggestContext(text, 0, at, at + trigger.length, { isThreat: false, ...options }).context
    .value
}

describe('suggestContext', () => {
  it('reads earlier events as historical', () => {
    expect(
      context(
        'During those earlier airstrikes, the United States also targeted militia facilities',
        'airstrikes'
      )
    ).toBe('historical')
    expect(context('the militia groups have also been accused of firing rockets', 'rockets')).toBe(
      'historical'
    )
    expect(
      context('the ones back in February', 'February', {
        ownDate: { date: '2021-02-01', precision: 3 },
        publishedAt: '2021-06-30'
      })
    ).toBe('historical')
  })

  it('keeps a recent dated event current whatever the tense', () => {
    expect(
      context('Police had earlier arrested an organiser on Tuesday night', 'arrested', {
        ownDate: { date: '2023-07-11', precision: 1 },
        publishedAt: '2023-07-13'
      })
    ).toBe('current')
  })

  it('reads threats as future, and modal or conditional mentions as hypothetical', () => {
    expect(
      context('a militia alliance threatening to respond', 'threatening', { isThreat: true })
    ).toBe('future')
    expect(context('the attacks could spread further south', 'attacks')).toBe('hypothetical')
    expect(context('with the possibility of continued retaliations', 'retaliations')).toBe(
      'hypothetical'
    )
    expect(context('the army will launch an offensive', 'offensive')).toBe('future')
  })

  it('reads denials and events that did not happen as negated', () => {
    expect(
      context('The army denied reports that its soldiers had shelled a market', 'shelled')
    ).toBe('negated')
    expect(context('The militia did not attack the base', 'attack')).toBe('negated')
    expect(
      context('rioters looted shops after a rally against the tax was called off', 'rally')
    ).toBe('negated')
  })

  it('leaves a backdrop outside a denial’s scope', () => {
    expect(context("The army denied reports during Saturday's fighting", 'fighting')).toBe(
      'current'
    )
  })

  it('does not take the month May for a modal', () => {
    expect(context('In May, clashes erupted', 'clashes')).toBe('current')
  })
})
