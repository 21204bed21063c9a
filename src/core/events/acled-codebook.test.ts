import { describe, expect, it } from 'vitest'
import {
  ACLED_EVENT_TYPES,
  ACTOR_CATEGORIES,
  EVENT_TYPE_NAMES,
  INTER_CODES,
  describeSubTypeMismatch,
  disorderType,
  interaction,
  isEventType,
  isInterCode,
  isSubTypeOf,
  subTypesOf,
  typeOfSubType
} from './acled-codebook'

const allSubTypes = ACLED_EVENT_TYPES.flatMap((t) => [...t.subTypes])

describe('ACLED event types', () => {
  it('has 6 types and 25 sub-types, in the domain notes order', () => {
    expect(EVENT_TYPE_NAMES).toEqual([
      'Battles',
      'Explosions/Remote violence',
      'Violence against civilians',
      'Protests',
      'Riots',
      'Strategic developments'
    ])
    expect(allSubTypes).toHaveLength(25)
    expect(subTypesOf('Battles')).toEqual([
      'Armed clash',
      'Government regains territory',
      'Non-state actor overtakes territory'
    ])
    expect(subTypesOf('Strategic developments').at(-1)).toBe('Other')
  })

  it('puts every sub-type in exactly one type', () => {
    for (const sub of allSubTypes) {
      const owners = EVENT_TYPE_NAMES.filter((t) => isSubTypeOf(t, sub))
      expect(owners, sub).toHaveLength(1)
      expect(typeOfSubType(sub)).toBe(owners[0])
    }
    expect(new Set(allSubTypes).size).toBe(25)
  })

  it('answers isSubTypeOf exactly, with no fuzzy spelling', () => {
    expect(isSubTypeOf('Explosions/Remote violence', 'Air/drone strike')).toBe(true)
    expect(isSubTypeOf('Battles', 'Air/drone strike')).toBe(false)
    expect(isSubTypeOf('Battles', 'armed clash')).toBe(false)
    expect(isSubTypeOf('', 'Armed clash')).toBe(false)
    expect(subTypesOf('')).toEqual([])
    expect(typeOfSubType('Airstrike')).toBeNull()
    expect(isEventType('Riots')).toBe(true)
    expect(isEventType('Riot')).toBe(false)
  })

  it('explains a sub-type that does not belong to its type', () => {
    expect(describeSubTypeMismatch('Battles', 'Armed clash')).toBeNull()
    expect(describeSubTypeMismatch('Battles', '')).toBeNull()
    expect(describeSubTypeMismatch('Battles', 'Air/drone strike')).toBe(
      '"Air/drone strike" is a sub-event type of Explosions/Remote violence, not of Battles. ' +
        'Battles has: Armed clash; Government regains territory; Non-state actor overtakes territory.'
    )
    expect(describeSubTypeMismatch('Riots', 'Lynching')).toMatch(
      /^"Lynching" is not an ACLED sub-event type\./
    )
    expect(describeSubTypeMismatch('', 'Grenade')).toMatch(/event type is empty/)
  })
})

describe('actor categories', () => {
  it('labels the eight inter codes', () => {
    expect(INTER_CODES.map((c) => ACTOR_CATEGORIES[c])).toEqual([
      'State forces',
      'Rebel groups',
      'Political militias',
      'Identity militias',
      'Rioters',
      'Protesters',
      'Civilians',
      'External/Other forces'
    ])
    expect(isInterCode(8)).toBe(true)
    expect(isInterCode(0)).toBe(false)
    expect(isInterCode(2.5)).toBe(false)
    expect(isInterCode('1')).toBe(false)
  })
})

describe('disorderType', () => {
  it.each([
    ['Battles', 'Armed clash', 'Political violence'],
    ['Battles', '', 'Political violence'],
    ['Explosions/Remote violence', 'Air/drone strike', 'Political violence'],
    ['Violence against civilians', 'Abduction/forced disappearance', 'Political violence'],
    ['Protests', 'Peaceful protest', 'Demonstrations'],
    ['Protests', 'Protest with intervention', 'Demonstrations'],
    ['Protests', 'Excessive force against protesters', 'Political violence; Demonstrations'],
    ['Riots', 'Violent demonstration', 'Demonstrations'],
    ['Riots', 'Mob violence', 'Political violence'],
    ['Strategic developments', 'Arrests', 'Strategic developments']
  ] as const)('%s / %s is %s', (type, sub, expected) => {
    expect(disorderType(type, sub)).toBe(expected)
  })

  it('is null when it cannot be decided', () => {
    expect(disorderType('', '')).toBeNull()
    expect(disorderType('Protests', '')).toBeNull()
    expect(disorderType('Riots', '')).toBeNull()
    expect(disorderType('Battles', 'Mob violence')).toBeNull()
  })

  it('covers every sub-type', () => {
    for (const { type, subTypes } of ACLED_EVENT_TYPES) {
      for (const sub of subTypes) expect(disorderType(type, sub), sub).not.toBeNull()
    }
  })
})

describe('interaction', () => {
  it.each([
    [1, 3, 13], // State forces vs Political militia
    [3, 1, 13], // order of actor 1 and 2 does not matter
    [8, 3, 38], // External/Other forces vs Political militia
    [1, 7, 17], // State forces vs Civilians
    [2, 2, 22], // Rebels vs rebels
    [5, 6, 56], // Rioters vs Protesters
    [6, null, 60], // Protesters alone
    [1, null, 10], // State forces alone
    [null, 4, 40] // a lone actor 2 still gives its code
  ] as const)('%s and %s give %s', (a, b, expected) => {
    expect(interaction(a, b)).toBe(expected)
  })

  it('is null without any category', () => {
    expect(interaction(null, null)).toBeNull()
  })
})
