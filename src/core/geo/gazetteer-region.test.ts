import { describe, expect, it } from 'vitest'
import { looseKey } from './gazetteer'
import { loadGazetteer } from './load-gazetteer'

const gazetteer = loadGazetteer()

describe('gazetteer regions', () => {
  it('finds a first-level division with or without its kind, at its seat', () => {
    for (const name of ['Diyala', 'Diyala province', 'diyala Province']) {
      expect(gazetteer.region(name, 'IRQ')[0]?.name).toBe('Diyala')
    }
    expect(gazetteer.region('Borno')[0]).toMatchObject({ name: 'Borno State', countryCode: 'NGA' })
    expect(gazetteer.region('Krasnodar region')[0]?.name).toBe('Krasnodar Krai')
    const sagaing = gazetteer.region('Sagaing Region')[0]
    expect(sagaing?.countryCode).toBe('MMR')
    expect(sagaing?.latitude).toBeCloseTo(21.9, 0)
    expect(gazetteer.region('Nowhere Province')).toEqual([])
  })
})

describe('loose lookups', () => {
  it('forgets what transliterations disagree on', () => {
    expect(looseKey('maarratannuman')).toBe(looseKey('maaratannuman'))
    expect(looseKey('kafrnabudah')).toBe('kafrnabuda')
    expect(looseKey('afipskiy')).toBe('afipsky')
    expect(looseKey('naqoura')).toBe('naqura')
  })

  it('finds a town the gazetteer spells otherwise, and nothing for a made-up name', () => {
    expect(gazetteer.lookup('Maarat al Numan')).toEqual([])
    expect(gazetteer.lookupLoose('Maarat al Numan')[0]?.countryCode).toBe('SYR')
    expect(gazetteer.lookupLoose('Jisr al-Shughur')[0]?.countryCode).toBe('SYR')
    expect(gazetteer.lookupLoose('Afipsky', 'RUS')[0]?.name).toBe('Afipskiy')
    expect(gazetteer.lookupLoose('Naqura', 'LBN')).not.toEqual([])
    expect(gazetteer.lookupLoose('Zzyxqort')).toEqual([])
  })
})
