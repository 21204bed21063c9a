import { describe, expect, it } from 'vitest'
import {
  findFatalities,
  mostConservative,
  parseFatalityCount,
  splitFatalities,
  VAGUE_FATALITIES
} from './suggest-fatalities'

const read = (text: string): [number, string][] =>
  findFatalities(text, 0, text.length).map((f) => [f.value.count, f.value.phrase])

describe('fatalities', () => {
  it('codes the domain conventions: tens 10, dozens 12, hundreds 100', () => {
    expect(parseFatalityCount('tens')).toBe(10)
    expect(parseFatalityCount('dozens of')).toBe(12)
    expect(parseFatalityCount('hundreds')).toBe(100)
    expect(VAGUE_FATALITIES['several']).toBe(3)
  })

  it('takes the most conservative figure of a range or a qualified number', () => {
    expect(parseFatalityCount('between 10 and 15')).toBe(10)
    expect(parseFatalityCount('at least 5')).toBe(5)
    expect(parseFatalityCount('at least seven')).toBe(7)
    expect(parseFatalityCount('twenty-two')).toBe(22)
    expect(parseFatalityCount('1,200')).toBe(1200)
  })

  it('finds figures with their phrases', () => {
    expect(read('The strikes killed several militia members')).toEqual([[3, 'several']])
    expect(read('with the number of fatalities reaching 22')).toEqual([[22, '22']])
    expect(read('Dozens of people were killed on Saturday')).toEqual([[12, 'Dozens of']])
    expect(read('killing three Ugandan soldiers and wounding two others')).toEqual([[3, 'three']])
    expect(read('a hospital official put the toll at between 10 and 15')).toEqual([
      [10, 'between 10 and 15']
    ])
    expect(read('No one was killed, but')).toEqual([[0, 'No one was killed']])
  })

  // Sentences without a word of death are skipped before the long patterns run: every wording
  // must still get through.
  it('reads every wording of a figure, whatever word of death it uses', () => {
    const wordings: [string, number][] = [
      ['Gunmen shot dead four traders', 4],
      ['they gunned down six villagers', 6],
      ['the blast claimed the lives of 9 people', 9],
      ['twelve passengers lost their lives', 12],
      ['at least 30 people perished in the flood', 30],
      ['15 dead after the raid', 15],
      ['two soldiers died', 2],
      ['the death toll rose to 41', 41],
      ['the number of deaths stood at 8', 8],
      ['fatalities reached 5', 5],
      ['there were no casualties', 0],
      ['Nobody was hurt in the attack', 0],
      ['NO ONE WAS INJURED', 0]
    ]
    for (const [text, count] of wordings) expect(read(text)[0]?.[0], text).toBe(count)
    expect(read('The convoy reached the town on Friday')).toEqual([])
  })

  it('never reads injuries or years as deaths', () => {
    expect(read('wounding two others')).toEqual([])
    expect(read('In 2023 fighting killed 15 people')).toEqual([[15, '15']])
  })

  it('keeps the most conservative of several reports', () => {
    const figures = findFatalities(
      'police shot dead three protesters; a rights group put the number of dead at five',
      0,
      80
    )
    expect(mostConservative(figures)?.value.count).toBe(3)
  })

  it('divides one figure between the events it covers, remainder to the first', () => {
    expect(splitFatalities({ count: 3, phrase: 'several' }, 2, 0)).toEqual({
      count: 2,
      phrase: 'several',
      split: { total: 3, parts: 2 }
    })
    expect(splitFatalities({ count: 3, phrase: 'several' }, 2, 1).count).toBe(1)
    expect(splitFatalities({ count: 22, phrase: '22' }, 1, 0)).toEqual({ count: 22, phrase: '22' })
  })
})
