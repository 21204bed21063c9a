import { describe, expect, it } from 'vitest'
import { discoverSettlements } from './discover-settlements'
import { tokenize } from './phrase-matcher'

const named = (text: string): string[] =>
  [...discoverSettlements(text, tokenize(text)).values()].map(
    (s) => s.words + (s.district ? ' (district)' : '')
  )

describe('discoverSettlements', () => {
  it('reads a name after "the village of", "the town of", with its connectors', () => {
    expect(named('Shells fell on the hilltop village of Deir el Ahmar overnight.')).toEqual([
      'Deir el Ahmar'
    ])
    expect(named('Fighters entered the small town of Ban Kham on Friday.')).toEqual(['Ban Kham'])
  })

  it('reads a name before "village" or "district", a district at geo-precision 2', () => {
    expect(named('Troops burned houses in Mae Sot Noi village on Sunday.')).toEqual(['Mae Sot Noi'])
    expect(named('Gunmen raided a school in the Dar Kulu district, police said.')).toEqual([
      'Dar Kulu (district)'
    ])
    expect(named('Two Tilla villagers were killed.')).toEqual(['Tilla'])
  })

  it('never takes a demonym, a country or an adjective for a name', () => {
    expect(named('Drones hit a Russian town close to the border.')).toEqual([])
    expect(named('Missiles struck Haifa, an Israeli town near the coast.')).toEqual([])
    expect(
      named('Militants raided a Christian village and a predominantly Shiite village.')
    ).toEqual([])
    expect(named('The village of the dead was silent.')).toEqual([])
  })

  it('does not run a name across punctuation or take a word that only starts a sentence', () => {
    expect(named('They fled the town of Goma, Kivu. Every village emptied.')).toEqual(['Goma'])
  })
})
