import { describe, expect, it } from 'vitest'
import { discoverActors } from './discover-actors'
import { tokenize } from './phrase-matcher'

const discover = (text: string) => discoverActors(text, tokenize(text))

describe('discoverActors', () => {
  it('finds a group named before a head noun, and the words it goes by', () => {
    const [fano] = discover(
      'Residents said the Fano militia overran the town. The Fano fighters left.'
    )
    expect(fano).toMatchObject({ name: 'Fano Militia', inter: 3 })
    expect(fano?.aliases).toEqual(expect.arrayContaining(['Fano', 'Fano militia', 'Fano fighters']))
  })

  it('takes an acronym in brackets as the group’s name from there on', () => {
    const [rsf] = discover('Shelling by the Rapid Support Forces (RSF) killed 12.')
    expect(rsf).toMatchObject({
      name: 'RSF: Rapid Support Forces',
      aliases: ['Rapid Support Forces', 'RSF']
    })
  })

  it('reads a state’s own forces under their name as the state', () => {
    const found = discover(
      'The Ethiopian National Defence Force (ENDF) and the Syrian Democratic Forces (SDF) fought.'
    )
    expect(found.find((g) => g.aliases.includes('ENDF'))?.state).toEqual({
      country: 'ETH',
      branch: 'military'
    })
    // "Democratic" names a movement, not the state.
    expect(found.find((g) => g.aliases.includes('SDF'))?.state).toBeUndefined()
  })

  it('leaves out descriptions, demonyms and sentence openers', () => {
    expect(
      discover('Suspected militants attacked. Malian soldiers fled. Islamist fighters came.')
    ).toEqual([])
    expect(discover('Gunmen attacked the post.')).toEqual([])
  })

  it('never runs a name across brackets or "and"', () => {
    const found = discover(
      'The Islamic State of Iraq and Syria (ISIS) group claimed it, and the RSF and Sudanese Armed Forces (SAF) clashed.'
    )
    expect(found.map((g) => g.name)).not.toContain('Syria (ISIS')
    expect(found.find((g) => g.aliases.includes('SAF'))?.name).toBe('SAF: Sudanese Armed Forces')
  })
})
