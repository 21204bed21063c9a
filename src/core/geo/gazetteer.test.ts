import { describe, expect, it } from 'vitest'
import { createGazetteer } from './gazetteer'
import { encodeCount, encodeFixed, encodeKeyBlock, type GazetteerData } from './gazetteer-data'
import { loadGazetteer } from './load-gazetteer'

// The committed GeoNames data: these are the places the corpus and the analysts' reports name.
describe('loadGazetteer (GeoNames)', () => {
  const gazetteer = loadGazetteer()
  const first = (name: string, country?: string) => gazetteer.lookup(name, country)[0]

  it('finds Kramatorsk with its admin1 and coordinates', () => {
    const place = first('Kramatorsk')
    expect(place).toMatchObject({ name: 'Kramatorsk', countryCode: 'UKR', admin1: 'Donetsk' })
    expect(place?.latitude).toBeCloseTo(48.7305, 3)
    expect(place?.longitude).toBeCloseTo(37.5879, 3)
    expect(first('Kramatorskaya')?.id).toBe(place?.id)
  })

  it('finds Pétionville however the hyphen and accent are written', () => {
    for (const spelling of ['Petion-Ville', 'Pétion-Ville', 'petionville', 'PETIONVILLE']) {
      expect(first(spelling)).toMatchObject({ name: 'Pétionville', countryCode: 'HTI' })
    }
  })

  it("finds Ma'arrat al-Nu'man in its usual spellings", () => {
    const spellings = [
      "Ma'arrat al-Nu'man",
      'Maarrat al-Numan',
      'Ma‘arrat an Nu‘mān',
      'Ma`arrat an-Nu`man'
    ]
    for (const spelling of spellings) {
      expect(first(spelling)).toMatchObject({ countryCode: 'SYR', admin1: 'Idlib' })
    }
  })

  it('finds Benghazi, Juliaca, Zahedan and Balad in their countries', () => {
    expect(first('Benghazi')).toMatchObject({ countryCode: 'LBY', kind: 'admin-seat' })
    expect(first('Juliaca')).toMatchObject({ countryCode: 'PER', admin1: 'Puno' })
    expect(first('Zahedan')).toMatchObject({ countryCode: 'IRN', admin1: 'Sistan and Baluchestan' })
    expect(first('Balad', 'IRQ')).toMatchObject({ name: 'Balad', admin1: 'Salah ad Din' })
  })

  it('filters by country and orders by population', () => {
    const all = gazetteer.lookup('Tripoli')
    expect(all.map((p) => p.countryCode)).toEqual(expect.arrayContaining(['LBY', 'LBN', 'GRC']))
    expect(all[0]?.countryCode).toBe('LBY')
    expect(gazetteer.lookup('Tripoli', 'LBN').map((p) => p.countryCode)).toEqual(['LBN'])
    expect(gazetteer.lookup('Tripoli', 'lbn')).toHaveLength(1)
    expect(gazetteer.lookup('Kramatorsk', 'RUS')).toEqual([])
    const populations = all.map((p) => p.population)
    expect(populations).toEqual([...populations].sort((a, b) => b - a))
  })

  it('knows capitals and old names', () => {
    expect(first('Kiev')).toMatchObject({ name: 'Kyiv', kind: 'capital' })
  })

  it('searches by prefix, most populous first', () => {
    const found = gazetteer.search('Kramat')
    expect(found[0]?.name).toBe('Kramatorsk')
    expect(found.length).toBeGreaterThan(1)
    const populations = gazetteer.search('Bag', { limit: 5 }).map((p) => p.population)
    expect(populations).toHaveLength(5)
    expect(populations).toEqual([...populations].sort((a, b) => b - a))
    expect(gazetteer.search('Baghd', { limit: 1 })[0]?.name).toBe('Baghdad')
    expect(
      gazetteer
        .search('Tri', { countryCode: 'LBN', limit: 3 })
        .every((p) => p.countryCode === 'LBN')
    ).toBe(true)
    expect(gazetteer.search('b', { limit: 3 })).toHaveLength(3)
    expect(gazetteer.search('  ')).toEqual([])
  })

  it('returns nothing for an unknown name', () => {
    expect(gazetteer.lookup('Xyzzyville')).toEqual([])
    expect(gazetteer.lookup('')).toEqual([])
    expect(gazetteer.search('Xyzzyv')).toEqual([])
  })

  it('counts the words of its longest name', () => {
    expect(gazetteer.maxWords).toBeGreaterThanOrEqual(4)
  })

  it('is built once', () => {
    expect(loadGazetteer()).toBe(gazetteer)
  })
})

describe('createGazetteer', () => {
  // Stored most populous first, as the build script writes them.
  const data: GazetteerData = {
    source: 'test',
    count: 2,
    countries: 'USA',
    admin1Names: '|Illinois',
    ids: encodeFixed(15, 4) + encodeFixed(10, 4),
    names: 'Big Springfield|Springfield',
    country: encodeFixed(0, 2) + encodeFixed(0, 2),
    admin1: encodeFixed(0, 2) + encodeFixed(1, 2),
    coordinates:
      encodeFixed(90e4, 4) +
      encodeFixed(180e4, 4) +
      encodeFixed(90e4 + 397817, 4) +
      encodeFixed(180e4 - 896501, 4),
    populationDrops: '90000,85000',
    kind: 'ta',
    // Blocks of two keys: bigspringfield → 0; springfeld → 1 | springfield → 0, 1.
    keyBlocks: [
      encodeKeyBlock(['bigspringfield', 'springfeld']),
      encodeKeyBlock(['springfield'])
    ].join('|'),
    keyCount: 3,
    blockSize: 2,
    postingCounts: encodeCount(1) + encodeCount(1) + encodeCount(2),
    postings: [0, 1, 0, 1].map((p) => encodeFixed(p, 3)).join(''),
    maxWords: 2
  }

  it('reads every field back', () => {
    const gazetteer = createGazetteer(data)
    expect(gazetteer.lookup('Springfeld')).toEqual([
      {
        id: 10,
        name: 'Springfield',
        countryCode: 'USA',
        admin1: 'Illinois',
        latitude: 39.7817,
        longitude: -89.6501,
        population: 5000,
        kind: 'admin-seat'
      }
    ])
    expect(gazetteer.lookup('springfield').map((p) => p.id)).toEqual([15, 10])
    expect(gazetteer.lookup('Big-Springfield')[0]).toMatchObject({
      population: 90000,
      kind: 'town'
    })
    expect(gazetteer.search('spr').map((p) => p.id)).toEqual([15, 10])
    expect(gazetteer.search('springfi').map((p) => p.id)).toEqual([15, 10])
    expect(gazetteer.search('big').map((p) => p.id)).toEqual([15])
    expect(gazetteer.lookup('Aardvark')).toEqual([])
    expect(gazetteer.lookup('Zzz')).toEqual([])
    expect(gazetteer.maxWords).toBe(2)
  })

  it('refuses inconsistent data', () => {
    expect(() => createGazetteer({ ...data, count: 3 })).toThrow(/inconsistent/)
    expect(() => createGazetteer({ ...data, ids: 'AAAA' })).toThrow(/inconsistent/)
  })
})
