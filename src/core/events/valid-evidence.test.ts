import { describe, expect, it } from 'vitest'
import { validateEventRecord } from './event-schema'
import { sampleEvent, sampleEvidence } from './sample-event'
import {
  citationKey,
  editEvent,
  hasCitableValue,
  stampEvidence,
  validEvidence,
  withCitation
} from './valid-evidence'

const usForces = { name: 'U.S.', actorId: null, inter: 8 as const }
const unidentified = { name: 'Unidentified Armed Group (Iraq)', actorId: null, inter: 2 as const }

describe('citationKey', () => {
  it('is one canonical string per value, blind to case and spacing of names', () => {
    const e = sampleEvent({ actor1: { ...usForces, name: '  u.s. ' } })
    expect(citationKey(e, 'actor1')).toBe(citationKey(sampleEvent({ actor1: usForces }), 'actor1'))
    expect(citationKey(e, 'eventType')).toBe('Explosions/Remote violence|Air/drone strike')
    expect(citationKey(e, 'eventDate')).toBe('2024-05-03|1')
    expect(citationKey(e, 'fatalities')).toBe('4')
    expect(citationKey(e, 'country')).toBe('IRQ')
    expect(citationKey(e, 'location')).toBe('amadiya')
    expect(citationKey(e, 'context')).toBe('current')
  })

  it('is empty for an empty field, which has nothing to cite for', () => {
    const e = sampleEvent({ actor2: null, fatalities: null, eventDate: '', eventType: '' })
    for (const f of ['actor2', 'fatalities', 'eventDate', 'eventType'] as const) {
      expect(citationKey(e, f)).toBe('')
      expect(hasCitableValue(e, f)).toBe(false)
    }
  })

  it('changes with what the words support: the sub-type, the date precision', () => {
    const e = sampleEvent()
    expect(
      citationKey({ ...e, subEventType: 'Shelling/artillery/missile attack' }, 'eventType')
    ).not.toBe(citationKey(e, 'eventType'))
    expect(citationKey({ ...e, timePrecision: 2 }, 'eventDate')).not.toBe(
      citationKey(e, 'eventDate')
    )
    // Coordinates and categories are derived or judged, not read from the words.
    expect(citationKey({ ...e, latitude: 1 }, 'location')).toBe(citationKey(e, 'location'))
    expect(citationKey({ ...e, actor1: { ...e.actor1!, inter: 1 } }, 'actor1')).toBe(
      citationKey(e, 'actor1')
    )
  })
})

describe('validEvidence', () => {
  const cited = withCitation(
    sampleEvent({ actor1: usForces }),
    'actor1',
    sampleEvidence('U.S.', 10)
  )

  it('keeps a citation while its field keeps the value it was cited for', () => {
    expect(cited.evidence.actor1?.citedValue).toBe('u.s.')
    expect(validEvidence(cited)).toBe(cited)
  })

  it('drops a citation once its field holds another value', () => {
    const changed = validEvidence({ ...cited, actor1: unidentified })
    expect(changed.evidence.actor1).toBeUndefined()
    expect(changed.evidence.eventType).toBeDefined()
  })

  it('keeps legacy citations (no stored value) until the field changes in an edit', () => {
    const legacy = sampleEvent()
    expect(legacy.evidence.fatalities?.citedValue).toBeUndefined()
    expect(validEvidence({ ...legacy, fatalities: 9 })).toEqual({ ...legacy, fatalities: 9 })
    const edited = editEvent(legacy, { fatalities: 9 })
    expect(edited.evidence.fatalities).toBeUndefined()
    // The unchanged field keeps its citation, now stamped with its value.
    expect(edited.evidence.eventType?.citedValue).toBe(citationKey(legacy, 'eventType'))
  })

  it('brings a citation back when the value comes back (as an undo does)', () => {
    const there = { ...cited, actor1: unidentified }
    expect(validEvidence({ ...there, actor1: usForces }).evidence.actor1).toBeDefined()
  })
})

describe('stampEvidence', () => {
  it('gives legacy citations the current value and leaves stamped ones alone', () => {
    const stamped = stampEvidence(sampleEvent())
    expect(stamped.evidence.eventType?.citedValue).toBe(
      'Explosions/Remote violence|Air/drone strike'
    )
    expect(stampEvidence(stamped)).toBe(stamped)
  })

  it('produces records the schema accepts', () => {
    const r = validateEventRecord(stampEvidence(sampleEvent()))
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.value.evidence.fatalities?.citedValue).toBe('4')
  })
})

describe('the schema', () => {
  it('refuses a cited value that is not a string', () => {
    const e = sampleEvent()
    const bad = {
      ...e,
      evidence: { fatalities: { ...e.evidence.fatalities!, citedValue: 4 } }
    } as unknown
    expect(validateEventRecord(bad).ok).toBe(false)
  })
})
