// No exported citation outlives its value: whatever an analyst does to an event (prefill it from a
// suggestion, change values in the form or inline, cite passages, change them back, save), the
// JSON and STIX exports only carry a citation while its field holds the value it was cited for.
// The test keeps its own record of the value each citation was made for, so it does not trust
// the stored `citedValue` it checks.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EventField, EventRecord } from '../../../shared/model/event'
import { createAnchorer } from '../../anchoring'
import { eventFromSuggestion, evidenceFor } from '../../event-drafts/event-from-suggestion'
import {
  EVENT_FIELD_LABELS,
  editEvent,
  hasCitableValue,
  stampEvidence,
  validateEventRecord,
  validEvidence,
  withCitation
} from '../../events'
import type { EventSuggestion, SuggestedValue } from '../../suggest/event-suggestion'
import { eventsToJson } from './events-to-json'
import { eventsToStixBundle } from './events-to-stix-bundle'
import { EVENTS_FIXTURE, FIXTURE_CONTEXT } from './fixtures/events-fixture'

const text = readFileSync(
  new URL('../../../../resources/sample-article.txt', import.meta.url),
  'utf8'
)
const anchorer = createAnchorer(text)
const articleId = EVENTS_FIXTURE.articles[0]!.id

/** The test's own notion of a field's value (not `citationKey`): what a citation was made for. */
function valueOf(e: EventRecord, field: EventField): string {
  switch (field) {
    case 'eventType':
      return JSON.stringify([e.eventType, e.subEventType])
    case 'actor1':
    case 'assocActor1':
    case 'actor2':
    case 'assocActor2':
      return JSON.stringify(e[field]?.name ?? null)
    case 'country':
      return e.countryCode
    case 'location':
      return e.location
    case 'eventDate':
      return JSON.stringify([e.eventDate, e.timePrecision])
    case 'fatalities':
      return JSON.stringify(e.fatalities)
    case 'context':
      return e.context
  }
}

const actor = (name: string) => ({ name, actorId: null, inter: null })
// Every field's possible values; distinct ones are distinct values (no two differ by case only).
const VALUES: { [F in EventField]: Partial<EventRecord>[] } = {
  eventType: [
    { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' },
    { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' },
    { eventType: 'Battles', subEventType: 'Armed clash' },
    { eventType: '', subEventType: '' }
  ],
  actor1: [
    { actor1: actor('U.S.') },
    { actor1: actor('Unidentified Armed Group (Iraq)') },
    { actor1: null }
  ],
  assocActor1: [{ assocActor1: actor('Kataib Hezbollah') }, { assocActor1: null }],
  actor2: [
    { actor2: actor('Military Forces of Iraq') },
    { actor2: actor('U.S.') },
    { actor2: null }
  ],
  assocActor2: [{ assocActor2: actor('Civilians (Iraq)') }, { assocActor2: null }],
  country: [{ countryCode: 'IRQ' }, { countryCode: 'SYR' }, { countryCode: '' }],
  location: [{ location: 'Baghdad' }, { location: 'Balad Air Base' }, { location: '' }],
  eventDate: [
    { eventDate: '2021-06-27', timePrecision: 1 },
    { eventDate: '2021-06-21', timePrecision: 2 },
    { eventDate: '2021-06-01', timePrecision: 3 },
    { eventDate: '', timePrecision: 1 }
  ],
  fatalities: [{ fatalities: 22 }, { fatalities: 3 }, { fatalities: null }],
  context: [{ context: 'current' }, { context: 'historical' }, { context: 'negated' }]
}
const FIELDS = Object.keys(VALUES) as EventField[]

const word = (value: unknown, start: number, words: string): SuggestedValue<never> =>
  ({ value, start, end: start + words.length, words }) as SuggestedValue<never>

/** A hand-made suggestion, as the engine would make for the sample's lead. */
const prefillSuggestion = (): EventSuggestion => {
  const at = (w: string) => text.indexOf(w)
  return {
    eventType: word('Explosions/Remote violence', at('airstrikes'), 'airstrikes'),
    subEventType: word('Air/drone strike', at('airstrikes'), 'airstrikes'),
    actor1: word(actor('U.S.'), at('United States'), 'United States'),
    country: word({ code: 'IRQ', name: 'Iraq', latitude: 33, longitude: 44 }, at('Iraq'), 'Iraq'),
    location: word(
      { name: 'Baghdad', latitude: 33.3, longitude: 44.4, geoPrecision: 1 },
      at('Iraq'),
      'Iraq'
    ),
    eventDate: word({ date: '2021-06-21', precision: 2 }, at('this week'), 'this week'),
    context: word('current', 0, ''),
    passage: { start: 0, end: 100 },
    passages: [{ start: 0, end: 100 }],
    mentions: { countries: [], dates: [] },
    confidence: 1
  }
}

type Op =
  | { kind: 'form-change' | 'inline-change' | 'outside-change'; field: EventField; choice: number }
  | { kind: 'cite'; field: EventField; start: number; length: number }
  | { kind: 'save' }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constantFrom(
      'form-change' as const,
      'inline-change' as const,
      'outside-change' as const
    ),
    field: fc.constantFrom(...FIELDS),
    choice: fc.nat(3)
  }),
  fc.record({
    kind: fc.constant('cite' as const),
    field: fc.constantFrom(...FIELDS),
    start: fc.nat(text.length - 60),
    length: fc.integer({ min: 1, max: 50 })
  }),
  fc.constant({ kind: 'save' as const })
)

const fieldOfAbstract = new Map(
  FIELDS.map((f) => [`Evidence for ${EVENT_FIELD_LABELS[f].toLowerCase()}`, f])
)

/** Every citation in both exports of `stored` is for the value its field holds. */
function checkExports(stored: EventRecord, citedFor: Map<EventField, string>): void {
  const data = { ...EVENTS_FIXTURE, events: [stored] }
  const json = JSON.parse(eventsToJson(data, FIXTURE_CONTEXT)) as { events: EventRecord[] }
  const exported = json.events[0]!
  for (const field of Object.keys(exported.evidence) as EventField[])
    expect(citedFor.get(field), `JSON cites ${field}`).toBe(valueOf(exported, field))
  const stix = JSON.parse(eventsToStixBundle(data, FIXTURE_CONTEXT)) as {
    objects: { type: string; abstract?: string }[]
  }
  for (const note of stix.objects.filter((o) => o.type === 'note')) {
    const field = fieldOfAbstract.get(note.abstract ?? '')
    if (!field) continue
    expect(citedFor.get(field), `STIX cites ${field}`).toBe(valueOf(stored, field))
  }
}

describe('exported evidence', () => {
  it('never carries a citation made for another value of its field', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(op, { maxLength: 25 }), (legacy, ops) => {
        let working = eventFromSuggestion(
          prefillSuggestion(),
          articleId,
          anchorer,
          () => 'ev-prop',
          new Date('2021-06-30T10:00:00Z')
        )
        // Evidence saved before values were stored with it: kept until the field changes.
        if (legacy)
          working = {
            ...working,
            evidence: Object.fromEntries(
              Object.entries(working.evidence).map(([f, ev]) => [
                f,
                { selectors: ev.selectors, anchor: ev.anchor }
              ])
            )
          }
        const citedFor = new Map<EventField, string>(
          Object.keys(working.evidence).map((f) => [
            f as EventField,
            valueOf(working, f as EventField)
          ])
        )
        // The stored version keeps the record of the version saved, not of later citations.
        let stored = working
        let storedCitedFor = new Map(citedFor)
        checkExports(stored, storedCitedFor)
        for (const o of ops) {
          if (o.kind === 'form-change') {
            // The form stamps on opening and keeps stale citations aside (a value changed back
            // brings its citation back); what it shows and saves is filtered.
            const values = VALUES[o.field]
            working = { ...stampEvidence(working), ...values[o.choice % values.length] }
          } else if (o.kind === 'inline-change') {
            const values = VALUES[o.field]
            working = editEvent(working, values[o.choice % values.length]!)
          } else if (o.kind === 'outside-change') {
            // A stored record changed by code that knows nothing of citations (an older build, a
            // script, a restored backup): the exporters must still leave stale citations out.
            // Legacy citations cannot be told apart there; they only survive until an edit.
            const values = VALUES[o.field]
            const ev = stored.evidence[o.field]
            if (ev && ev.citedValue === undefined) continue
            stored = { ...stored, ...values[o.choice % values.length] }
          } else if (o.kind === 'cite') {
            if (!hasCitableValue(working, o.field)) continue
            const ev = evidenceFor(anchorer, { start: o.start, end: o.start + o.length })
            working = withCitation(working, o.field, ev)
            citedFor.set(o.field, valueOf(working, o.field))
          } else {
            const checked = validateEventRecord(validEvidence(working))
            // What the database holds is what crossed the schema, through a structured copy.
            if (checked.ok) {
              stored = structuredClone(checked.value)
              storedCitedFor = new Map(citedFor)
            }
          }
          checkExports(stored, storedCitedFor)
        }
      }),
      { numRuns: 300 }
    )
  })
})
