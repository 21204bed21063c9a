import { describe, expect, it } from 'vitest'
import { tokenize } from './phrase-matcher'
import { findPlaces, suggestPlace } from './suggest-place'

const places = (text: string) => findPlaces(text, tokenize(text))

describe('places', () => {
  it('finds countries by name, alternative spelling and demonym, with alpha-3 and centroid', () => {
    const found = places('strikes in Iraq and Syria on Iraqi militias and the Syrian Arab Republic')
    expect(
      found.map((p) => [
        p.words,
        p.value.kind === 'country' ? p.value.country.code : '',
        p.locative
      ])
    ).toEqual([
      ['Iraq', 'IRQ', true],
      ['Syria', 'SYR', true],
      ['Iraqi', 'IRQ', false],
      ['Syrian Arab Republic', 'SYR', false]
    ])
    const iraq = found[0]
    expect(iraq && suggestPlace(iraq).country?.value).toEqual({
      code: 'IRQ',
      name: 'Iraq',
      latitude: 33,
      longitude: 44
    })
  })

  it('codes a town 1, near a town 2, a province alone 3', () => {
    const [town] = places('clashes in Kirkuk')
    expect(town && suggestPlace(town).location?.value.geoPrecision).toBe(1)
    expect(town && suggestPlace(town).admin1?.value).toBe('Kirkuk')
    const [near] = places('a bomb near Qoryooley')
    expect(near && suggestPlace(near).location?.value).toMatchObject({
      name: 'Qoryooley',
      geoPrecision: 2
    })
    const [province] = places('fighting in Anbar province')
    expect(province && suggestPlace(province)).toMatchObject({
      admin1: { value: 'Al Anbar' },
      location: { value: { name: 'Al Anbar', geoPrecision: 3 } }
    })
  })

  it('reads the bare name of a city that shares its region’s name as the city', () => {
    const [p] = places('in Baghdad')
    expect(p?.value.kind).toBe('city')
  })

  it('needs a capital letter for place names', () => {
    expect(places('they turkey and chad')).toEqual([])
  })
})
