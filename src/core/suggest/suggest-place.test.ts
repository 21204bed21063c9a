import { describe, expect, it } from 'vitest'
import { loadGazetteer } from '../geo'
import { tokenize } from './phrase-matcher'
import { findPlaces, suggestPlace, type PlaceMention } from './suggest-place'

const gazetteer = loadGazetteer()
// The countries a report names, with how often: they decide a shared town name.
const places = (text: string, countries: Record<string, number> = {}): PlaceMention[] => {
  const tokens = tokenize(text)
  return findPlaces(text, tokens, 0, tokens.length, {
    gazetteer,
    countries: new Map(Object.entries(countries))
  })
}
const town = (p: PlaceMention | undefined): string =>
  p && p.value.kind !== 'country' ? `${p.value.place.name}, ${p.value.place.country}` : ''

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

  it('codes a town 1, near a town 2, a province alone 3, with the admin1 GeoNames gives', () => {
    const [kirkuk] = places('clashes in Kirkuk', { IRQ: 1 })
    expect(kirkuk && suggestPlace(kirkuk).location?.value).toMatchObject({
      name: 'Kirkuk',
      geoPrecision: 1,
      admin1: 'Kirkuk'
    })
    const [near] = places('a bomb near Qoryooley', { SOM: 1 })
    expect(near && suggestPlace(near).location?.value).toMatchObject({
      name: 'Qoryooley',
      geoPrecision: 2,
      admin1: 'Lower Shabeelle'
    })
    const [province] = places('fighting in Anbar province', { IRQ: 1 })
    expect(province && suggestPlace(province)).toMatchObject({
      admin1: { value: 'Anbar' },
      location: { value: { name: 'Anbar', geoPrecision: 3 } }
    })
  })

  it('takes the town of the report’s country when several share a name', () => {
    expect(town(places('a riot in Southport, northwest England', { GBR: 1 })[0])).toBe(
      'Southport, GBR'
    )
    expect(town(places('strikes near Southport', { AUS: 2 })[0])).toBe('Southport, AUS')
  })

  it('reads a town only where the text uses it as a place', () => {
    // Person names are towns somewhere too.
    expect(places('President Ibrahim Keita said', { MLI: 1 })).toEqual([])
    expect(town(places('fighting around the town of Gondar', { ETH: 1 })[0])).toBe('Gondar, ETH')
  })

  it('finds a transliteration the gazetteer spells otherwise, and says so', () => {
    const [p] = places('strikes on the town of Maarat al Numan', { SYR: 1 })
    expect(town(p)).toBe('Maarat al Numan, SYR')
    expect(p?.loose).toBe(true)
    expect(p && suggestPlace(p).location?.confidence).toBeLessThan(0.85)
  })

  it('takes a dateline as a place, with less confidence in its town', () => {
    const [beni, congo] = places('BENI, Congo (Reuters) - Gunmen killed 18 people.', { COD: 1 })
    expect(town(beni)).toBe('Beni, COD')
    expect(beni?.dateline).toBe(true)
    expect(beni && suggestPlace(beni).location?.confidence).toBeLessThan(0.85)
    expect(beni && suggestPlace(beni).country?.confidence).toBeGreaterThanOrEqual(0.5)
    expect(congo?.value.kind === 'country' && congo.value.country.code).toBe('COD')
  })

  it('reads the bare name of a city that shares its region’s name as the city', () => {
    const [p] = places('in Baghdad', { IRQ: 1 })
    expect(p?.value.kind).toBe('city')
  })

  it('needs a capital letter for place names', () => {
    expect(places('they turkey and chad')).toEqual([])
  })
})
