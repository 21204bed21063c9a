import { describe, expect, it } from 'vitest'
import type { ActorRecord } from '../../shared/model/event'
import { findRegistryActor, registerEventActors } from './register-actors'
import { sampleEvent } from './sample-event'

const now = new Date('2024-05-05T10:00:00Z')
const ids = () => {
  let n = 0
  return () => `act-new-${++n}`
}
const actor = (patch: Partial<ActorRecord>): ActorRecord => ({
  id: 'act-kh',
  name: 'Kataib Hezbollah',
  aliases: ['KH'],
  category: 3,
  countryCode: 'IRQ',
  notes: '',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  ...patch
})

describe('findRegistryActor', () => {
  it('finds by name or alias, ignoring case, accents and punctuation', () => {
    const registry = [actor({})]
    expect(findRegistryActor(registry, "kata'ib hezbollah")?.id).toBe('act-kh')
    expect(findRegistryActor(registry, 'K.H.')?.id).toBe('act-kh')
    expect(findRegistryActor(registry, 'Kataib Hizballah')).toBeUndefined()
    expect(findRegistryActor(registry, ' ')).toBeUndefined()
  })
})

describe('registerEventActors', () => {
  it('adds unknown actors with their category and country, and links the event to them', () => {
    const event = sampleEvent({
      actor1: { name: 'Military Forces of Turkey (2016-)', actorId: null, inter: 8 },
      actor2: { name: ' PKK ', actorId: null, inter: 2 }
    })
    const { event: linked, added, updated } = registerEventActors(event, [], ids(), now)
    expect(added.map((a) => [a.id, a.name, a.category, a.countryCode])).toEqual([
      ['act-new-1', 'Military Forces of Turkey (2016-)', 8, ''],
      ['act-new-2', 'PKK', 2, 'IRQ']
    ])
    expect(added[0]?.createdAt).toBe('2024-05-05T10:00:00.000Z')
    expect(linked.actor1?.actorId).toBe('act-new-1')
    expect(linked.actor2).toEqual({ name: ' PKK ', actorId: 'act-new-2', inter: 2 })
    expect(updated).toEqual([])
  })

  it('adds one actor once when two slots name it in different spellings', () => {
    const event = sampleEvent({
      actor1: { name: 'Kataib Hezbollah', actorId: null, inter: 3 },
      assocActor1: { name: "KATA'IB HEZBOLLAH", actorId: null, inter: 3 },
      actor2: null
    })
    const { event: linked, added } = registerEventActors(event, [], ids(), now)
    expect(added).toHaveLength(1)
    expect(linked.assocActor1?.actorId).toBe(linked.actor1?.actorId)
  })

  it('links a known actor (by alias) and fills only what it lacks', () => {
    const known = actor({ category: null, countryCode: '' })
    const event = sampleEvent({
      actor1: { name: 'kh', actorId: null, inter: 3 },
      actor2: null
    })
    const { event: linked, added, updated } = registerEventActors(event, [known], ids(), now)
    expect(added).toEqual([])
    expect(linked.actor1).toEqual({ name: 'kh', actorId: 'act-kh', inter: 3 })
    expect(updated).toEqual([
      {
        before: known,
        after: { ...known, category: 3, countryCode: 'IRQ', updatedAt: '2024-05-05T10:00:00.000Z' }
      }
    ])
  })

  it('changes nothing in the registry when the actors are known and complete', () => {
    const event = sampleEvent({ actor1: { name: 'KH', actorId: null, inter: null }, actor2: null })
    const { event: linked, added, updated } = registerEventActors(event, [actor({})], ids(), now)
    expect([added, updated]).toEqual([[], []])
    // The category comes from the registry when the event gives none.
    expect(linked.actor1).toEqual({ name: 'KH', actorId: 'act-kh', inter: 3 })
  })

  it('re-links an actor whose registry entry is gone by its name', () => {
    const event = sampleEvent({
      actor1: { name: 'Kataib Hezbollah', actorId: 'deleted', inter: 3 },
      actor2: null
    })
    expect(registerEventActors(event, [actor({})], ids(), now).event.actor1?.actorId).toBe('act-kh')
  })
})
