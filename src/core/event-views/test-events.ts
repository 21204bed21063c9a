import type { EventActor, EventRecord } from '../../shared/model/event'
import { makeEvent as makeRecordEvent } from '../test-support/make-records'

/** A minimal valid event for tests; override what the test is about. */
export function makeEvent(overrides: Partial<EventRecord> & { id: string }): EventRecord {
  return makeRecordEvent({
    articleId: 'a1',
    createdAt: '2024-02-03T00:00:00Z',
    updatedAt: '2024-02-03T00:00:00Z',
    eventType: 'Explosions/Remote violence',
    subEventType: 'Air/drone strike',
    countryCode: 'IRQ',
    admin1: 'Al Anbar',
    location: 'Al-Qaim',
    eventDate: '2024-02-02',
    sourceName: 'Reuters',
    ...overrides
  })
}

export const actor = (
  name: string,
  inter: EventActor['inter'] = null,
  actorId: string | null = null
): EventActor => ({ name, inter, actorId })
