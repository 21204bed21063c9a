import { describe, expect, it } from 'vitest'
import {
  checkEvent,
  checkHistoricalDate,
  checkInterCodes,
  checkRequiredFields,
  checkSubTypeOfType
} from './coding-checks'
import { emptyEvent } from './empty-event'
import { sampleEvent, sampleEvidence } from './sample-event'

const codes = (issues: { code: string }[]) => issues.map((i) => i.code)

describe('checkRequiredFields', () => {
  it('is silent for a coded event', () => {
    expect(checkRequiredFields(sampleEvent())).toEqual([])
  })

  it('reports each missing field of a blank draft as an error', () => {
    const issues = checkRequiredFields(emptyEvent('art-1', () => 'x', new Date(0)))
    expect(issues.map((i) => [i.severity, i.field, i.code])).toEqual([
      ['error', 'eventType', 'missing-event-type'],
      ['error', 'subEventType', 'missing-sub-event-type'],
      ['error', 'actor1', 'missing-actor-1'],
      ['error', 'countryCode', 'missing-country'],
      ['error', 'eventDate', 'missing-event-date']
    ])
    expect(issues[0]?.message).toBe(
      'The event type is missing: choose one of Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments.'
    )
  })

  it('lists the sub-types of the chosen type when the sub-type is missing', () => {
    const [issue] = checkRequiredFields(sampleEvent({ eventType: 'Riots', subEventType: '' }))
    expect(issue?.message).toBe(
      'The sub-event type is missing: Riots has Violent demonstration; Mob violence.'
    )
  })

  it('treats a blank actor name as missing and says when only actor 2 is set', () => {
    const blank = sampleEvent({ actor1: { name: '  ', actorId: null, inter: 1 } })
    expect(checkRequiredFields(blank)[0]?.message).toBe(
      'Actor 1 is empty but actor 2 is set: put the only or main actor in actor 1.'
    )
    const none = sampleEvent({ actor1: null, actor2: null })
    expect(checkRequiredFields(none)[0]?.message).toBe(
      'Actor 1 is missing: every ACLED event has at least one actor.'
    )
  })
})

describe('checkSubTypeOfType', () => {
  it('fires for a sub-type of another type', () => {
    const issues = checkSubTypeOfType(sampleEvent({ eventType: 'Battles' }))
    expect(issues).toEqual([
      {
        severity: 'error',
        field: 'subEventType',
        code: 'sub-type-mismatch',
        message:
          '"Air/drone strike" is a sub-event type of Explosions/Remote violence, not of Battles. Battles has: Armed clash; Government regains territory; Non-state actor overtakes territory.'
      }
    ])
  })
  it('does not fire for a matching pair, or when the type is still empty', () => {
    expect(checkSubTypeOfType(sampleEvent())).toEqual([])
    expect(checkSubTypeOfType(sampleEvent({ eventType: '' }))).toEqual([])
  })
})

describe('checkInterCodes', () => {
  it('fires an error for actor 1 or 2 without a category, a warning for associated actors', () => {
    const event = sampleEvent({
      actor2: { name: 'PKK', actorId: null, inter: null },
      assocActor1: { name: 'Village guards', actorId: null, inter: null }
    })
    const issues = checkInterCodes(event)
    expect(issues.map((i) => [i.severity, i.field])).toEqual([
      ['error', 'actor2'],
      ['warning', 'assocActor1']
    ])
    expect(issues[0]?.message).toBe(
      'Actor 2 "PKK" has no category (inter code): choose one of State forces, Rebel groups, Political militias, Identity militias, Rioters, Protesters, Civilians, External/Other forces, so that the interaction code can be computed.'
    )
  })
  it('does not fire when every actor has a category', () => {
    expect(checkInterCodes(sampleEvent())).toEqual([])
  })
})

describe('checkHistoricalDate', () => {
  it('fires for a historical event dated today', () => {
    const event = sampleEvent({ context: 'historical', eventDate: '2024-05-04' })
    const [issue] = checkHistoricalDate(event, '2024-05-04')
    expect(issue).toMatchObject({
      severity: 'warning',
      field: 'eventDate',
      code: 'historical-dated-today'
    })
    expect(issue?.message).toMatch(
      /^This event is marked historical but dated today \(4 May 2024\)\./
    )
  })
  it('fires for a historical event dated on the publication date', () => {
    const event = sampleEvent({ context: 'historical', eventDate: '2024-05-03' })
    expect(checkHistoricalDate(event, '2024-05-10', '2024-05-03')[0]?.message).toMatch(
      /dated on the day the report was published/
    )
  })
  it('does not fire for a current event today or a historical event with its own date', () => {
    expect(checkHistoricalDate(sampleEvent({ eventDate: '2024-05-04' }), '2024-05-04')).toEqual([])
    const past = sampleEvent({ context: 'historical', eventDate: '2024-02-01', timePrecision: 3 })
    expect(checkHistoricalDate(past, '2024-05-04', '2024-05-03')).toEqual([])
  })
})

describe('checkEvent', () => {
  const options = { today: '2024-05-04' }

  it('is silent for a well-coded event compared with itself and unrelated events', () => {
    const event = sampleEvent()
    const unrelated = sampleEvent({
      id: 'ev-2',
      countryCode: 'SYR',
      location: 'Qamishli',
      evidence: {}
    })
    expect(checkEvent(event, [event, unrelated], options)).toEqual([])
  })

  it('puts errors before warnings and keeps rule order within each', () => {
    const event = sampleEvent({
      eventType: 'Battles',
      context: 'historical',
      eventDate: '2024-05-04',
      assocActor2: { name: 'Civilians (Iraq)', actorId: null, inter: null }
    })
    const twin = sampleEvent({
      id: 'ev-2',
      eventType: 'Battles',
      eventDate: '2024-05-04',
      evidence: {}
    })
    expect(codes(checkEvent(event, [twin], options))).toEqual([
      'sub-type-mismatch',
      'missing-inter-code',
      'historical-dated-today',
      'likely-duplicate'
    ])
  })

  it('runs the fatalities and bounds rules', () => {
    const passage = sampleEvidence('killing four fighters', 40)
    const other = sampleEvent({
      id: 'ev-2',
      eventDate: '2024-04-20',
      context: 'historical',
      evidence: { fatalities: passage }
    })
    const event = sampleEvent({ latitude: 43.49, longitude: 37.09 })
    const iraq = { south: 29.06, west: 38.79, north: 37.38, east: 48.57 }
    const issues = checkEvent(event, [other], {
      ...options,
      countryBounds: (code) => (code === 'IRQ' ? iraq : null)
    })
    expect(codes(issues)).toEqual(['fatalities-reused', 'outside-country-bounds'])
  })
})
