import { describe, expect, it } from 'vitest'
import type { ActorRecord, EventRecord } from '../../../shared/model/event'
import { EVENTS_JSON_FORMAT, eventsToJson } from './events-to-json'
import { EVENTS_FIXTURE, FIXTURE_CONTEXT } from './fixtures/events-fixture'

interface EventsFile {
  format: string
  version: number
  exportedAt: string
  generator: string
  events: EventRecord[]
  actors: ActorRecord[]
}
const parse = (text: string): EventsFile => JSON.parse(text) as EventsFile

describe('eventsToJson', () => {
  const file = parse(eventsToJson(EVENTS_FIXTURE, FIXTURE_CONTEXT))

  it('identifies itself and when and by what it was made', () => {
    expect(file).toMatchObject({
      format: EVENTS_JSON_FORMAT,
      version: 1,
      exportedAt: FIXTURE_CONTEXT.now,
      generator: 'Analyst Workbench 0.1.0-fixture'
    })
  })

  it('holds every event unchanged, in date order', () => {
    expect(file.events).toHaveLength(EVENTS_FIXTURE.events.length)
    for (const e of EVENTS_FIXTURE.events) expect(file.events).toContainEqual(e)
    const dates = file.events.map((e) => e.eventDate).filter(Boolean)
    expect(dates).toEqual([...dates].sort())
  })

  it('holds only the registry actors the events cite, by name', () => {
    expect(file.actors.map((a) => a.id)).toEqual(['act-syr', 'act-tur', 'act-pkk'])
    expect(file.actors.find((a) => a.id === 'act-pkk')).toEqual(
      EVENTS_FIXTURE.actors.find((a) => a.id === 'act-pkk')
    )
  })

  it('is empty but valid with no events', () => {
    const empty = parse(eventsToJson({ ...EVENTS_FIXTURE, events: [] }, FIXTURE_CONTEXT))
    expect(empty.events).toEqual([])
    expect(empty.actors).toEqual([])
  })
})
