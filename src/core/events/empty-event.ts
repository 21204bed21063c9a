import type { EventRecord } from '../../shared/model/event'

/**
 * A blank draft for an article: context `current`, day and place precision 1, nothing coded yet.
 * The date stays empty rather than defaulting to today, so a forgotten date is reported as missing
 * instead of silently becoming the wrong day.
 */
export function emptyEvent(articleId: string, newId: () => string, now: Date): EventRecord {
  const stamp = now.toISOString()
  return {
    id: newId(),
    articleId,
    createdAt: stamp,
    updatedAt: stamp,
    eventType: '',
    subEventType: '',
    actor1: null,
    assocActor1: null,
    actor2: null,
    assocActor2: null,
    countryCode: '',
    admin1: '',
    location: '',
    latitude: null,
    longitude: null,
    geoPrecision: 1,
    eventDate: '',
    timePrecision: 1,
    fatalities: null,
    fatalitiesPhrase: '',
    sourceName: '',
    grade: null,
    notes: '',
    tags: [],
    context: 'current',
    ontologyCode: null,
    evidence: {}
  }
}
