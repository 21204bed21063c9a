import { describe, expect, it } from 'vitest'
import countries from 'world-countries'
import { countryInfo } from './country-info'

describe('countryInfo', () => {
  it('gives ISO numeric without leading zeros, alpha-2 and ACLED’s name and region', () => {
    expect(countryInfo('IRQ')).toEqual({
      alpha3: 'IRQ',
      alpha2: 'IQ',
      numeric: 368,
      name: 'Iraq',
      acledRegion: 'Middle East',
      stixRegion: 'western-asia'
    })
    expect(countryInfo('arm')).toMatchObject({
      numeric: 51,
      acledRegion: 'Caucasus and Central Asia'
    })
  })

  it('uses ACLED’s spelling and regions where they differ from the UN groups', () => {
    expect(countryInfo('TUR')?.name).toBe('Turkey')
    expect(countryInfo('COD')?.name).toBe('Democratic Republic of Congo')
    expect(countryInfo('IRN')?.acledRegion).toBe('Middle East')
    expect(countryInfo('MEX')).toMatchObject({
      acledRegion: 'Central America',
      stixRegion: 'central-america'
    })
  })

  it('has a region for every country with a subregion, and null for unknown codes', () => {
    expect(countryInfo('NGA')?.acledRegion).toBe('Western Africa')
    expect(countryInfo('DEU')).toMatchObject({
      acledRegion: 'Europe',
      stixRegion: 'western-europe'
    })
    // world-countries' "Central Europe" is no UN M49 group: only the coarser STIX region.
    expect(countryInfo('POL')).toMatchObject({ acledRegion: 'Europe', stixRegion: 'europe' })
    const missing = countries
      .filter((c) => c.subregion !== '' && countryInfo(c.cca3)?.acledRegion === '')
      .map((c) => c.cca3)
    expect(missing).toEqual([])
    expect(countryInfo('XYZ')).toBeNull()
  })
})
