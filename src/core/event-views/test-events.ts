import type { EventActor, EventRecord } from '../../shared/model/event'

/** A minimal valid event for tests; override what the test is about. */
export function makeEvent(overrides: Partial<EventRecord> & { id: string }): EventRecord {
  return {
    articleId: 'a1',
    createdAt: '2024-02-03T00:00:00Z',
    updatedAt: '2024-02-03T00:00:00Z',
    eventType: 'Explosions/Remote violence',
    subEventType: 'Air/drone strike',
    actor1: null,
    assocActor1: null,
    actor2: null,
    assocActor2: null,
    countryCode: 'IRQ',
    admin1: 'Al Anbar',
    location: 'Al-Qaim',
    latitude: null,
    longitude: null,
    geoPrecision: 1,
    eventDate: '2024-02-02',
    timePrecision: 1,
    fatalities: null,
    fatalitiesPhrase: '',
    sourceName: 'Reuters',
    grade: null,
    notes: '',
    tags: [],
    context: 'current',
    ontologyCode: null,
    evidence: {},
    ...overrides
  }
}

export const actor = (
  name: string,
  inter: EventActor['inter'] = null,
  actorId: string | null = null
): EventActor => ({ name, inter, actorId })
