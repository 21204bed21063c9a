import { describe, expect, it } from 'vitest'
import type { EventActor, EventRecord } from '../../../shared/model/event'
import { sampleEvent } from '../../events/sample-event'
import { CIVILIAN_TARGETING, civilianTargeting } from './civilian-targeting'

const actor = (inter: EventActor['inter']): EventActor => ({ name: 'x', actorId: null, inter })
const of = (patch: Partial<EventRecord>): string => civilianTargeting(sampleEvent(patch))

describe('civilianTargeting', () => {
  it('marks violence against civilians and excessive force against protesters', () => {
    expect(of({ eventType: 'Violence against civilians', subEventType: 'Attack' })).toBe(
      CIVILIAN_TARGETING
    )
    expect(of({ eventType: 'Protests', subEventType: 'Excessive force against protesters' })).toBe(
      CIVILIAN_TARGETING
    )
    expect(of({ eventType: 'Protests', subEventType: 'Protest with intervention' })).toBe('')
  })

  it('marks strikes and mobs only when civilians are a primary actor', () => {
    expect(of({ actor2: actor(2) })).toBe('')
    expect(of({ actor2: actor(7) })).toBe(CIVILIAN_TARGETING)
    expect(
      of({ eventType: 'Riots', subEventType: 'Mob violence', actor1: actor(5), actor2: actor(7) })
    ).toBe(CIVILIAN_TARGETING)
    expect(
      of({ eventType: 'Riots', subEventType: 'Violent demonstration', actor2: actor(7) })
    ).toBe('')
  })

  it('never marks battles or strategic developments', () => {
    expect(of({ eventType: 'Battles', subEventType: 'Armed clash', actor2: actor(7) })).toBe('')
    expect(
      of({ eventType: 'Strategic developments', subEventType: 'Arrests', actor2: actor(7) })
    ).toBe('')
  })
})
