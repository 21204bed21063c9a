import { describe, expect, it } from 'vitest'
import { checkCountryBounds, insideBounds } from './country-bounds-check'
import { sampleEvent } from './sample-event'

const iraq = { south: 29.06, west: 38.79, north: 37.38, east: 48.57 }
const fiji = { south: -21.7, west: 177.0, north: -12.5, east: -178.2 }
const lookup = (code: string) => (code === 'IRQ' ? iraq : code === 'FJI' ? fiji : null)

describe('insideBounds', () => {
  it('handles ordinary boxes and boxes across the 180° meridian', () => {
    expect(insideBounds(33.3, 44.4, iraq)).toBe(true)
    expect(insideBounds(33.3, 36.3, iraq)).toBe(false)
    expect(insideBounds(-17.8, 178.4, fiji)).toBe(true)
    expect(insideBounds(-17.8, -179.9, fiji)).toBe(true)
    expect(insideBounds(-17.8, 170, fiji)).toBe(false)
  })
})

describe('checkCountryBounds', () => {
  it('warns for coordinates outside the country, and spots swapped coordinates', () => {
    const [issue] = checkCountryBounds(sampleEvent({ latitude: 43.49, longitude: 37.09 }), lookup)
    expect(issue).toMatchObject({
      severity: 'warning',
      field: 'latitude',
      code: 'outside-country-bounds'
    })
    expect(issue?.message).toBe(
      'The coordinates (43.49, 37.09) fall outside IRQ: check the country or the coordinates. They would fit if latitude and longitude were swapped.'
    )
  })
  it('is silent inside the box, without coordinates, without data or without a lookup', () => {
    expect(checkCountryBounds(sampleEvent(), lookup)).toEqual([])
    expect(checkCountryBounds(sampleEvent({ latitude: null, longitude: null }), lookup)).toEqual([])
    expect(
      checkCountryBounds(sampleEvent({ countryCode: 'SYR', latitude: 0, longitude: 0 }), lookup)
    ).toEqual([])
    expect(checkCountryBounds(sampleEvent({ latitude: 0, longitude: 0 }), undefined)).toEqual([])
  })
})
