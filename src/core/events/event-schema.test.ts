import { describe, expect, it } from 'vitest'
import type { ActorRecord } from '../../shared/model/event'
import { validateActorRecord, validateEventRecord } from './event-schema'
import { sampleEvent, sampleEvidence } from './sample-event'

/** The messages of a refused record, or a failure if it was accepted. */
function problems(value: unknown): string[] {
  const result = validateEventRecord(value)
  if (result.ok) throw new Error('expected the record to be refused')
  return result.problems.map((p) => `${p.path}: ${p.message}`)
}

describe('eventRecordSchema', () => {
  it('accepts a fully coded event and returns it unchanged', () => {
    const event = sampleEvent()
    expect(validateEventRecord(event)).toEqual({ ok: true, value: event })
  })

  it('accepts a draft with empty type, actors, country and date', () => {
    const draft = sampleEvent({
      eventType: '',
      subEventType: '',
      actor1: null,
      actor2: null,
      countryCode: '',
      eventDate: '',
      latitude: null,
      longitude: null,
      fatalities: null,
      grade: null,
      ontologyCode: null,
      evidence: {}
    })
    expect(validateEventRecord(draft).ok).toBe(true)
  })

  it('drops unknown top-level keys', () => {
    const result = validateEventRecord({ ...sampleEvent(), legacy: 1 })
    expect(result.ok && 'legacy' in result.value).toBe(false)
  })

  it.each([
    [
      { countryCode: 'Iraq' },
      'countryCode: The country must be a three-letter ISO 3166-1 code in capitals, such as IRQ or SYR.'
    ],
    [
      { countryCode: 'irq' },
      'countryCode: The country must be a three-letter ISO 3166-1 code in capitals, such as IRQ or SYR.'
    ],
    [
      { eventDate: '2023-02-29' },
      'eventDate: The event date must be a real date written YYYY-MM-DD, such as 2024-05-03.'
    ],
    [
      { eventDate: '03/05/2024' },
      'eventDate: The event date must be a real date written YYYY-MM-DD, such as 2024-05-03.'
    ],
    [
      { timePrecision: 4 },
      'timePrecision: The time precision must be 1, 2 or 3 (1 the day, 2 the week, 3 the month).'
    ],
    [
      { geoPrecision: 0 },
      'geoPrecision: The geographic precision must be 1, 2 or 3 (1 the place, 2 near it or part of a region, 3 only the province).'
    ],
    [{ latitude: 91 }, 'latitude: Latitude must be between −90 and 90 degrees.'],
    [{ longitude: -180.5 }, 'longitude: Longitude must be between −180 and 180 degrees.'],
    [{ latitude: '37.1' }, 'latitude: Latitude must be a number of degrees, or empty.'],
    [{ latitude: null }, 'latitude: Latitude and longitude go together: give both or neither.'],
    [{ fatalities: -1 }, 'fatalities: Fatalities cannot be negative.'],
    [{ fatalities: 2.5 }, 'fatalities: Fatalities must be a whole number of people.'],
    [{ fatalities: 'several' }, 'fatalities: Fatalities must be a number, or empty when unknown.'],
    [
      { eventType: 'Airstrike' },
      "eventType: The event type must be one of ACLED's six types: Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments."
    ],
    [
      { subEventType: 'Armed clash' },
      'subEventType: "Armed clash" is a sub-event type of Battles, not of Explosions/Remote violence. Explosions/Remote violence has: Chemical weapon; Air/drone strike; Suicide bomb; Shelling/artillery/missile attack; Remote explosive/landmine/IED; Grenade.'
    ],
    [
      { eventType: '', subEventType: 'Grenade' },
      'subEventType: The sub-event type "Grenade" is set but the event type is empty.'
    ],
    [{ actor1: { name: ' ', actorId: null, inter: 1 } }, 'actor1.name: Actor 1 needs a name.'],
    [
      { actor2: { name: 'PKK', actorId: null, inter: 9 } },
      "actor2.inter: Actor 2's category must be an ACLED actor category from 1 (State forces) to 8 (External/Other forces), or empty."
    ],
    [{ actor1: 'Turkey' }, 'actor1: Actor 1 must be an actor or empty.'],
    [
      { context: 'past' },
      'context: The context must be current, historical, future, hypothetical or negated.'
    ],
    [
      { grade: { reliability: 'G', credibility: 2 } },
      'grade.reliability: Source reliability must be a letter from A to F.'
    ],
    [{ tags: ['ok', '  '] }, 'tags.1: A tag cannot be blank.'],
    [
      { createdAt: 'yesterday' },
      'createdAt: The creation time must be a date and time (ISO 8601).'
    ],
    [{ id: '' }, 'id: The event id is missing.'],
    [
      {
        ontologyCode: {
          ontology: 'CAMEO',
          version: '',
          code: '195',
          label: 'Employ aerial weapons'
        }
      },
      'ontologyCode.version: The ontology version is missing.'
    ]
  ])('refuses %o with a readable message', (patch, message) => {
    expect(problems({ ...sampleEvent(), ...patch })).toContain(message)
  })

  it('refuses a record that is not an object at all', () => {
    expect(validateEventRecord(null).ok).toBe(false)
    expect(validateEventRecord('event').ok).toBe(false)
  })

  describe('evidence', () => {
    const withEvidence = (evidence: unknown) => ({ ...sampleEvent(), evidence })

    it('accepts well-formed selectors for any form field', () => {
      const ev = sampleEvidence('in Iraq and Syria', 12, 'fnv1a32:00ff00ff', { prefix: 'strikes ' })
      expect(validateEventRecord(withEvidence({ country: ev, location: ev })).ok).toBe(true)
    })

    it('accepts an orphaned anchor with the -1 convention', () => {
      const ev = sampleEvidence('four', 10)
      const orphaned = {
        ...ev,
        anchor: { start: -1, end: -1, status: 'orphaned', score: 0, textHash: 'fnv1a32:12345678' }
      }
      expect(validateEventRecord(withEvidence({ fatalities: orphaned })).ok).toBe(true)
    })

    it('refuses evidence for an unknown field', () => {
      expect(problems(withEvidence({ weather: sampleEvidence('rain', 0) }))).toContain(
        'evidence: Evidence can only be cited for the fields of the event form.'
      )
    })

    it('refuses a position that does not match the quote', () => {
      const ev = sampleEvidence('four', 10)
      const bad = {
        ...ev,
        selectors: {
          ...ev.selectors,
          position: { type: 'TextPositionSelector', start: 10, end: 20 }
        }
      }
      expect(problems(withEvidence({ fatalities: bad }))).toContain(
        'evidence.fatalities.selectors: The passage position does not match the length of the quoted text.'
      )
    })

    it('refuses an empty quote, a negative offset and a bad hash', () => {
      const ev = sampleEvidence('four', 10)
      const msgs = problems(
        withEvidence({
          fatalities: {
            selectors: {
              quote: { ...ev.selectors.quote, exact: '' },
              position: { type: 'TextPositionSelector', start: -1, end: 3 },
              textHash: 'abc'
            },
            anchor: ev.anchor
          }
        })
      )
      expect(msgs).toEqual(
        expect.arrayContaining([
          'evidence.fatalities.selectors.quote.exact: The quoted passage is empty.',
          'evidence.fatalities.selectors.position.start: The passage start cannot be negative.',
          'evidence.fatalities.selectors.textHash: The text hash is malformed.'
        ])
      )
    })

    it('refuses an orphaned anchor that still points at a span', () => {
      const ev = sampleEvidence('four', 10)
      const bad = { ...ev, anchor: { ...ev.anchor, status: 'orphaned', score: 0 } }
      expect(problems(withEvidence({ fatalities: bad }))).toContain(
        'evidence.fatalities.anchor: The anchor span is inconsistent with its status (an orphaned anchor has start and end -1).'
      )
    })

    it('names the field when the evidence is not an object', () => {
      expect(problems(withEvidence({ actor2: 'see paragraph 3' }))).toContain(
        'evidence.actor2: The evidence for Actor 2 is malformed.'
      )
    })
  })
})

describe('actorRecordSchema', () => {
  const actor: ActorRecord = {
    id: 'act-tur',
    name: 'Military Forces of Turkey (2016-)',
    aliases: ['Turkish Armed Forces', 'TSK'],
    category: 1,
    countryCode: 'TUR',
    notes: '',
    createdAt: '2024-05-01T08:00:00.000Z',
    updatedAt: '2024-05-02T08:00:00+02:00'
  }

  it('accepts a registry actor, with or without a country and category', () => {
    expect(validateActorRecord(actor)).toEqual({ ok: true, value: actor })
    expect(validateActorRecord({ ...actor, category: null, countryCode: '' }).ok).toBe(true)
  })

  it.each([
    [{ name: '' }, 'name: The actor needs a name.'],
    [{ aliases: ['TSK', ''] }, 'aliases.1: An alias cannot be blank.'],
    [
      { category: 0 },
      "category: The actor's category must be an ACLED actor category from 1 (State forces) to 8 (External/Other forces), or empty."
    ],
    [
      { countryCode: 'TR' },
      "countryCode: The actor's country must be a three-letter ISO 3166-1 code in capitals, such as IRQ or SYR."
    ]
  ])('refuses %o with a readable message', (patch, message) => {
    const result = validateActorRecord({ ...actor, ...patch })
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).toContain(
      message
    )
  })
})
