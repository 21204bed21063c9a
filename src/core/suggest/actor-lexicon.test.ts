import { describe, expect, it } from 'vitest'
import type { ActorRecord } from '../../shared/model/event'
import { codeActor, createLexicon } from './actor-lexicon'
import { tokenize } from './phrase-matcher'

const lexicon = createLexicon([])
const find = (text: string, lx = lexicon): { words: string; name: string; key: string }[] =>
  lx
    .find(text, tokenize(text))
    .map((m) => ({ words: m.words, name: m.value.name, key: m.value.key }))

const record = (over: Partial<ActorRecord>): ActorRecord => ({
  id: 'a1',
  name: 'Kataib Hezbollah (user)',
  aliases: [],
  category: 3,
  countryCode: '',
  notes: '',
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
  ...over
})

describe('actor lexicon', () => {
  it('normalises the names of the United States to one actor', () => {
    const text =
      'the United States, U.S. forces, US troops, American personnel, the Biden administration and the Pentagon'
    const found = find(text)
    expect(found.map((f) => f.words)).toEqual([
      'United States',
      'U.S. forces',
      'US troops',
      'American personnel',
      'Biden administration',
      'Pentagon'
    ])
    expect(new Set(found.map((f) => f.name))).toEqual(
      new Set(['Military Forces of the United States'])
    )
  })

  it('matches case-insensitively, word-bounded, and acronyms only as written', () => {
    expect(find('MILITIA GROUPS fired').map((f) => f.name)).toEqual(['Militia groups'])
    expect(find('they told us nothing')).toEqual([])
    expect(find('Islamic State fighters and IS militants').map((f) => f.name)).toEqual([
      'Islamic State',
      'Islamic State'
    ])
    expect(find('this is a thesis')).toEqual([])
  })

  it('prefers the longest alias', () => {
    expect(find('Iran-backed militias attacked').map((f) => f.name)).toEqual([
      'Iran-backed militias'
    ])
    expect(find('the Islamic State West Africa Province claimed it').map((f) => f.name)).toEqual([
      'Islamic State West Africa Province'
    ])
  })

  it('reads any country’s forces, police and government from the gazetteer', () => {
    expect(
      find('Somali army troops, Kenyan police and Iraq’s government').map((f) => f.name)
    ).toEqual(['Military Forces of Somalia', 'Police Forces of Kenya', 'Government of Iraq'])
  })

  it('codes a state’s forces 1 at home and 8 abroad', () => {
    const [us] = lexicon.find('U.S. forces', tokenize('U.S. forces'))
    if (!us) throw new Error('no match')
    expect(codeActor(us.value, 'IRQ', []).inter).toBe(8)
    expect(codeActor(us.value, 'USA', []).inter).toBe(1)
    // Country unknown: abroad when the report places nothing in the actor's own country.
    expect(codeActor(us.value, '', ['IRQ', 'SYR']).inter).toBe(8)
  })

  it('names collective actors after the event’s country', () => {
    const [p] = lexicon.find('protesters', tokenize('protesters'))
    if (!p) throw new Error('no match')
    expect(codeActor(p.value, 'KEN', [])).toEqual({
      name: 'Protesters (Kenya)',
      actorId: null,
      inter: 6
    })
    expect(codeActor(p.value, '', []).name).toBe('Protesters')
  })

  it('lets the analyst’s actors win over built-in aliases', () => {
    const lx = createLexicon([record({ aliases: ['Kataib Hezbollah', 'KH'] })])
    const found = lx.find('Kataib Hezbollah and KH', tokenize('Kataib Hezbollah and KH'))
    expect(found.map((m) => [m.value.name, m.value.actorId])).toEqual([
      ['Kataib Hezbollah (user)', 'a1'],
      ['Kataib Hezbollah (user)', 'a1']
    ])
  })

  it('gives a built-in actor the analyst registered the analyst’s id, keeping its aliases', () => {
    const lx = createLexicon([
      record({
        id: 'us',
        name: 'Military Forces of the United States',
        category: 1,
        countryCode: 'USA'
      })
    ])
    const [m] = lx.find('the Pentagon', tokenize('the Pentagon'))
    expect(m?.value.actorId).toBe('us')
    expect(m && codeActor(m.value, 'SYR', []).inter).toBe(8)
  })
})
