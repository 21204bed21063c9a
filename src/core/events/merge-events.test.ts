import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EventRecord } from '../../shared/model/event'
import { defaultPicks, MERGE_FIELDS, mergeEvents, type MergePicks } from './merge-events'
import { sampleEvent, sampleEvidence } from './sample-event'

const now = new Date('2024-05-06T08:00:00Z')
const a = sampleEvent({
  evidence: {
    eventType: sampleEvidence('Turkish drones struck', 0),
    location: sampleEvidence('near Amadiya', 30),
    fatalities: sampleEvidence('killing four fighters', 40)
  }
})
const b = sampleEvent({
  id: 'ev-2',
  createdAt: '2024-05-03T12:00:00.000Z',
  location: 'Deraluk',
  latitude: 37.05,
  longitude: 43.62,
  fatalities: 5,
  fatalitiesPhrase: 'five',
  notes: 'Second report.',
  tags: ['drones'],
  evidence: {
    eventType: sampleEvidence('drone strike', 120),
    location: sampleEvidence('in Deraluk', 150),
    fatalities: sampleEvidence('five killed', 170)
  }
})
const allA = Object.fromEntries(MERGE_FIELDS.map((f) => [f.key, 'a'])) as MergePicks

describe('mergeEvents', () => {
  it('takes each picked field, with its own citation', () => {
    const { merged, removedId } = mergeEvents(a, b, { ...allA, location: 'b' }, now)
    expect(removedId).toBe('ev-2')
    expect(merged).toMatchObject({
      id: 'ev-1',
      articleId: 'art-1',
      location: 'Deraluk',
      latitude: 37.05,
      longitude: 43.62,
      admin1: 'Duhok',
      fatalities: 4,
      fatalitiesPhrase: 'four',
      createdAt: '2024-05-03T12:00:00.000Z',
      updatedAt: '2024-05-06T08:00:00.000Z'
    })
    expect(merged.evidence.location).toEqual(b.evidence.location)
    expect(merged.evidence.fatalities).toEqual(a.evidence.fatalities)
  })

  it('keeps the other record’s citation for a value both gave', () => {
    const uncited = { ...a, evidence: { location: a.evidence.location } }
    const { merged } = mergeEvents(uncited, b, allA, now)
    // Same type in both: a cited none, so b's citation for it is kept.
    expect(merged.evidence.eventType).toEqual(b.evidence.eventType)
    // Different fatalities: b's citation for its own figure does not support a's.
    expect(merged.evidence.fatalities).toBeUndefined()
  })

  it('quotes the other passage in the notes when both cited the same value', () => {
    const { merged } = mergeEvents(a, b, allA, now)
    expect(merged.evidence.eventType).toEqual(a.evidence.eventType)
    expect(merged.notes).toBe(
      'Turkish drones struck PKK positions near Amadiya.\n\nSecond report.\n\nAlso cited for Event type: “drone strike”'
    )
  })

  it('unites the tags and joins the notes once', () => {
    const { merged } = mergeEvents(a, { ...b, notes: a.notes, evidence: {} }, allA, now)
    expect(merged.tags).toEqual(['cross-border', 'drones'])
    expect(merged.notes).toBe(a.notes)
  })

  it('changes neither input, and refuses to merge a record with itself', () => {
    const before = JSON.stringify([a, b])
    const { merged } = mergeEvents(a, b, { ...allA, actor1: 'b' }, now)
    merged.actor1!.name = 'changed'
    expect(JSON.stringify([a, b])).toBe(before)
    expect(() => mergeEvents(a, a, allA, now)).toThrow(RangeError)
  })
})

describe('defaultPicks', () => {
  it('takes the first record, except where only the second has a value', () => {
    const picks = defaultPicks(
      {
        ...a,
        location: '',
        admin1: '',
        latitude: null,
        longitude: null,
        fatalities: null,
        fatalitiesPhrase: ''
      },
      b
    )
    expect(picks).toMatchObject({ type: 'a', location: 'b', fatalities: 'b', country: 'a' })
  })
})

const actorArb = fc.option(
  fc.record({
    name: fc.string({ minLength: 1, maxLength: 12 }),
    actorId: fc.option(fc.constantFrom('act-1', 'act-2'), { nil: null }),
    inter: fc.option(fc.constantFrom(1, 2, 3, 8) as fc.Arbitrary<1 | 2 | 3 | 8>, { nil: null })
  }),
  { nil: null }
)
const eventArb = (id: string): fc.Arbitrary<EventRecord> =>
  fc
    .record({
      actor1: actorArb,
      actor2: actorArb,
      location: fc.constantFrom('', 'Amadiya', 'Deraluk'),
      latitude: fc.option(fc.double({ min: -90, max: 90, noNaN: true }), { nil: null }),
      fatalities: fc.option(fc.nat(50), { nil: null }),
      notes: fc.string({ maxLength: 20 }),
      tags: fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 }),
      cite: fc.subarray(['eventType', 'actor1', 'location', 'fatalities'] as const),
      at: fc.nat(500)
    })
    .map(({ cite, at, ...patch }) =>
      sampleEvent({
        ...patch,
        id,
        longitude: patch.latitude === null ? null : 10,
        evidence: Object.fromEntries(cite.map((f, i) => [f, sampleEvidence(`quote ${f}`, at + i)]))
      })
    )
const picksArb = fc.record(
  Object.fromEntries(MERGE_FIELDS.map((f) => [f.key, fc.constantFrom('a', 'b')])) as Record<
    keyof MergePicks,
    fc.Arbitrary<'a' | 'b'>
  >
)

describe('mergeEvents undo data (property)', () => {
  it('restores both records exactly in a store where the merge was applied', () => {
    fc.assert(
      fc.property(eventArb('ev-a'), eventArb('ev-b'), picksArb, (x, y, picks) => {
        const original = new Map([
          [x.id, x],
          [y.id, y]
        ])
        const snapshot = structuredClone(original)
        const store = new Map(original)
        const { merged, removedId, undo } = mergeEvents(x, y, picks, now)
        // Apply as the database command does, then undo.
        store.set(merged.id, merged)
        store.delete(removedId)
        expect([...store.keys()]).toEqual(['ev-a'])
        for (const r of undo.restore) store.set(r.id, r)
        expect(store).toStrictEqual(snapshot)
        // Every merged field comes from the record picked for it.
        for (const { key, fields } of MERGE_FIELDS)
          for (const f of fields) expect(merged[f]).toEqual((picks[key] === 'a' ? x : y)[f])
      })
    )
  })
})
