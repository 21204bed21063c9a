import { describe, expect, it } from 'vitest'
import { isSubTypeOf, typeOfSubType } from '../events/acled-codebook'
import { ontologyCodeOf } from '../events/ontology-code-of'
import { createLexicon } from './actor-lexicon'
import { tokenize } from './phrase-matcher'
import { suggestEvents } from './suggest-events'
import { findTriggers, pickReading, protestSubType } from './suggest-event-type'

const none = new Set<number>()
const reading = (
  text: string,
  inters = { inClause: none, afterTrigger: none, beforeTrigger: none }
) => {
  const [t] = findTriggers(text, tokenize(text))
  const spec = t && pickReading(t.value, text, inters)
  return spec ? `${spec.eventType} / ${spec.subEventType}` : null
}

describe('event type triggers', () => {
  it('maps trigger words to ACLED types and sub-types', () => {
    expect(reading('carried out airstrikes')).toBe('Explosions/Remote violence / Air/drone strike')
    expect(reading('a drone attack on troops')).toBe(
      'Explosions/Remote violence / Air/drone strike'
    )
    expect(reading('firing rockets at bases')).toBe(
      'Explosions/Remote violence / Shelling/artillery/missile attack'
    )
    expect(reading('a roadside bomb struck')).toBe(
      'Explosions/Remote violence / Remote explosive/landmine/IED'
    )
    expect(reading('clashes erupted')).toBe('Battles / Armed clash')
    expect(reading('police arrested 45 people')).toBe('Strategic developments / Arrests')
    expect(reading('gunmen abducted two aid workers')).toBe(
      'Violence against civilians / Abduction/forced disappearance'
    )
    expect(reading('the alliance threatened to respond')).toBe('Strategic developments / Other')
    expect(reading('rioters looted shops')).toBe('Riots / Violent demonstration')
  })

  it('needs a concluding verb for agreements', () => {
    expect(reading('elders signed a ceasefire')).toBe('Strategic developments / Agreement')
    expect(reading('makes negotiations extremely challenging')).toBeNull()
  })

  it('reads "bombed" as an air strike only with an aircraft in the clause', () => {
    expect(reading('its jets had bombed camps')).toBe(
      'Explosions/Remote violence / Air/drone strike'
    )
    expect(reading('militants bombed a bridge')).toBe(
      'Explosions/Remote violence / Remote explosive/landmine/IED'
    )
  })

  it('reads "shot dead" by who is hit', () => {
    const protesters = {
      inClause: new Set([1, 6]),
      afterTrigger: new Set([6]),
      beforeTrigger: new Set([1])
    }
    const civilians = {
      inClause: new Set([3, 7]),
      afterTrigger: new Set([7]),
      beforeTrigger: new Set([3])
    }
    expect(reading('police shot dead three protesters', protesters)).toBe(
      'Protests / Excessive force against protesters'
    )
    expect(reading('gunmen shot dead two villagers', civilians)).toBe(
      'Violence against civilians / Attack'
    )
    expect(reading('troops shot dead two militants')).toBeNull()
  })

  it('raises a protest’s sub-type with intervention and force, never lowers it', () => {
    expect(protestSubType('Peaceful protest', 'police fired tear gas at protesters')).toBe(
      'Protest with intervention'
    )
    expect(
      protestSubType('Peaceful protest', 'marched peacefully and dispersed without incident')
    ).toBe('Peaceful protest')
    expect(protestSubType('Excessive force against protesters', 'a peaceful march')).toBe(
      'Excessive force against protesters'
    )
  })

  it('uses only ACLED sub-types, with a CAMEO code and its version', () => {
    const text =
      'airstrikes shelling suicide bombing roadside bomb grenade chemical attack recaptured seized control tear gas shot dead attacked clashes abducted raped protest riot lynched ceasefire arrested defused threatened'
    for (const t of findTriggers(text, tokenize(text))) {
      for (const spec of t.value) {
        expect(
          isSubTypeOf(spec.eventType, spec.subEventType),
          `${t.words}: ${spec.subEventType}`
        ).toBe(true)
        expect(spec.code).toMatchObject({ ontology: 'CAMEO', version: '1.1b3' })
      }
    }
  })
})

describe('the suggester and the form code events alike', () => {
  it('gives each suggestion the CAMEO code and event type of the sub-type it ended with', () => {
    const lexicon = createLexicon([])
    const text = [
      'Militants attacked an army post near Gao, Mali, on Sunday, killing 12 soldiers.',
      'Gunmen attacked a market in Gao on Monday, killing nine civilians.',
      // Told as a blast, then as a suicide bombing: the event ends a suicide bomb, coded 1831.
      'A blast hit a checkpoint in Mogadishu on Tuesday, killing five soldiers. Police said the suicide bomber was a teenager.',
      'Soldiers entered the town of Gao on Wednesday after the rebels left.',
      'The army threatened to retaliate against the rebels in Mali on Thursday.'
    ].join('\n\n')
    const list = suggestEvents(text, { publishedAt: '2024-05-17', lexicon })
    expect(list.length).toBeGreaterThanOrEqual(4)
    for (const s of list) {
      const sub = s.subEventType?.value ?? ''
      expect(s.eventType?.value).toBe(typeOfSubType(sub))
      // A threat is the one trigger more specific than its sub-type ("Other").
      if (sub !== 'Other') expect(s.ontologyCode?.value ?? null).toEqual(ontologyCodeOf(sub))
    }
  })
})
