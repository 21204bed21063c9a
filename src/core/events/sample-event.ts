// A fully coded event and evidence builders for the tests of this folder (not exported by index).
import type { EventRecord, Evidence } from '../../shared/model/event'
import { makeEvent } from '../test-support/make-records'

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
  return makeEvent({
    eventType: 'Explosions/Remote violence',
    subEventType: 'Air/drone strike',
    actor1: { name: 'Military Forces of Turkey (2016-)', actorId: 'act-tur', inter: 8 },
    actor2: { name: 'PKK: Kurdistan Workers Party', actorId: 'act-pkk', inter: 2 },
    countryCode: 'IRQ',
    admin1: 'Duhok',
    location: 'Amadiya',
    latitude: 37.09,
    longitude: 43.49,
    eventDate: '2024-05-03',
    fatalities: 4,
    fatalitiesPhrase: 'four',
    sourceName: 'Rudaw',
    grade: { reliability: 'B', credibility: 2 },
    notes: 'Turkish drones struck PKK positions near Amadiya.',
    tags: ['cross-border'],
    ontologyCode: { ontology: 'PLOVER', version: '2023', code: 'ASSAULT', label: 'Assault' },
    evidence: {
      eventType: sampleEvidence('Turkish drones struck', 0),
      fatalities: sampleEvidence('killing four fighters', 40)
    },
    ...patch
  })
}
