// A fully coded event and evidence builders for the tests of this folder (not exported by index).
import type { EventRecord, Evidence } from '../../shared/model/event'

/** Evidence for `exact` found at `start` in the article text with hash `textHash`. */
export function sampleEvidence(
  exact: string,
  start: number,
  textHash = 'fnv1a32:0000abcd',
  context: { prefix?: string; suffix?: string } = {}
): Evidence {
  const end = start + exact.length
  return {
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact,
        prefix: context.prefix ?? '',
        suffix: context.suffix ?? ''
      },
      position: { type: 'TextPositionSelector', start, end },
      textHash
    },
    anchor: { start, end, status: 'exact', score: 1, textHash }
  }
}

/** A coded Turkish air strike on the PKK in Iraq on 3 May 2024; override any field with `patch`. */
export function sampleEvent(patch: Partial<EventRecord> = {}): EventRecord {
  return {
    id: 'ev-1',
    articleId: 'art-1',
    createdAt: '2024-05-04T09:00:00.000Z',
    updatedAt: '2024-05-04T09:00:00.000Z',
    eventType: 'Explosions/Remote violence',
    subEventType: 'Air/drone strike',
    actor1: { name: 'Military Forces of Turkey (2016-)', actorId: 'act-tur', inter: 8 },
    assocActor1: null,
    actor2: { name: 'PKK: Kurdistan Workers Party', actorId: 'act-pkk', inter: 2 },
    assocActor2: null,
    countryCode: 'IRQ',
    admin1: 'Duhok',
    location: 'Amadiya',
    latitude: 37.09,
    longitude: 43.49,
    geoPrecision: 1,
    eventDate: '2024-05-03',
    timePrecision: 1,
    fatalities: 4,
    fatalitiesPhrase: 'four',
    sourceName: 'Rudaw',
    grade: { reliability: 'B', credibility: 2 },
    notes: 'Turkish drones struck PKK positions near Amadiya.',
    tags: ['cross-border'],
    context: 'current',
    ontologyCode: { ontology: 'PLOVER', version: '2023', code: 'ASSAULT', label: 'Assault' },
    evidence: {
      eventType: sampleEvidence('Turkish drones struck', 0),
      fatalities: sampleEvidence('killing four fighters', 40)
    },
    ...patch
  }
}
