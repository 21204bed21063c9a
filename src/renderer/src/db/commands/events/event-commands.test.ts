import { afterEach, describe, expect, it } from 'vitest'
import { sampleEvent } from '@core/events/sample-event'
import { WorkbenchDb } from '../../workbench-db'
import { mergeStoredEvents } from './merge-events'
import { saveActor } from './save-actor'
import { saveEventsWithActors } from './save-event-with-actors'

let n = 0
const dbs: WorkbenchDb[] = []
function freshDb(): WorkbenchDb {
  const db = new WorkbenchDb(`event-commands-${n++}`)
  dbs.push(db)
  return db
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})
const ids = () => {
  let k = 0
  return () => `act-${++k}`
}
const now = new Date('2024-05-06T08:00:00Z')
const unlinked = (id: string, name: string) =>
  sampleEvent({ id, actor1: { name, actorId: null, inter: 3 }, actor2: null })

describe('saveEventsWithActors', () => {
  it('adds an actor once, however its name is spelled, and links both events to it', async () => {
    const db = freshDb()
    const newId = ids()
    const first = await saveEventsWithActors(db, [unlinked('ev-1', 'Kataib Hezbollah')], newId, now)
    expect(first.actors.map((c) => [c.before, c.after?.name])).toEqual([
      [undefined, 'Kataib Hezbollah']
    ])
    const second = await saveEventsWithActors(
      db,
      [unlinked('ev-2', "KATA'IB hezbollah")],
      newId,
      now
    )
    expect(second.actors).toEqual([])
    expect(await db.actors.count()).toBe(1)
    const events = await db.events.toArray()
    expect(events.map((e) => e.actor1?.actorId)).toEqual(['act-1', 'act-1'])
  })

  it('removes the event a saved part replaces, in the same step', async () => {
    const db = freshDb()
    await db.events.put(sampleEvent({ id: 'original' }))
    const saved = await saveEventsWithActors(db, [sampleEvent({ id: 'part-1' })], ids(), now, [
      'original'
    ])
    expect(saved.events.map((c) => [c.before?.id, c.after?.id])).toEqual([
      ['original', undefined],
      [undefined, 'part-1']
    ])
    expect((await db.events.toArray()).map((e) => e.id)).toEqual(['part-1'])
  })
})

describe('mergeStoredEvents', () => {
  it('keeps one record, deletes the other, and returns both as they were', async () => {
    const db = freshDb()
    const a = sampleEvent({ id: 'ev-a' })
    const b = sampleEvent({ id: 'ev-b', fatalities: 5, notes: 'Second.' })
    await db.events.bulkPut([a, b])
    const picks = {
      type: 'a',
      actor1: 'a',
      assocActor1: 'a',
      actor2: 'a',
      assocActor2: 'a',
      country: 'a',
      location: 'a',
      date: 'a',
      fatalities: 'b',
      context: 'a',
      source: 'a'
    } as const
    const { before, merged } = await mergeStoredEvents(db, 'ev-a', 'ev-b', picks, now)
    expect(before).toEqual([a, b])
    expect(await db.events.toArray()).toEqual([merged])
    expect(merged.fatalities).toBe(5)
    await expect(mergeStoredEvents(db, 'ev-a', 'ev-b', picks, now)).rejects.toThrow(
      'no longer exists'
    )
  })
})

describe('saveActor', () => {
  const actor = (id: string, name: string, aliases: string[] = []) => ({
    id,
    name,
    aliases,
    category: null,
    countryCode: '',
    notes: '',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString()
  })
  it('refuses a name or alias another actor has, however it is spelled', async () => {
    const db = freshDb()
    await saveActor(db, actor('a', 'Kataib Hezbollah', ['KH']), now)
    await expect(saveActor(db, actor('b', "kata'ib HEZBOLLAH"), now)).rejects.toThrow(
      'An actor named “Kataib Hezbollah” is already in the registry.'
    )
    await expect(saveActor(db, actor('b', 'K.H.'), now)).rejects.toThrow(
      '“K.H.” is already in the registry, as an alias of “Kataib Hezbollah”.'
    )
    // Editing an actor does not clash with itself.
    await saveActor(db, actor('a', 'Kataib Hezbollah', ['KH', 'Kataib Hizballah']), now)
    expect(await db.actors.count()).toBe(1)
  })
})
