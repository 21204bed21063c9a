import { describe, expect, it } from 'vitest'
import type { EventRecord } from '../../../shared/model/event'
import type { ExportData } from '../export-data'
import { eventsToStixBundle, WORKBENCH_IDENTITY_ID } from './events-to-stix-bundle'
import { EVENTS_FIXTURE, FIXTURE_CONTEXT } from './fixtures/events-fixture'
import { ACLED_CSV_COLUMNS } from './acled-csv-columns'
import { ACLED_EVENT_EXTENSION_ID, ACLED_EVENT_TYPE } from './stix-acled-event'
import { ADMIRALTY_CREDIBILITY_TO_STIX } from './stix-confidence'
import { stixBundleProblems, UUID_PATTERN } from './stix-structure'

type Obj = Record<string, unknown> & { type: string; id: string }
const bundleOf = (data: ExportData = EVENTS_FIXTURE, now = FIXTURE_CONTEXT.now) =>
  JSON.parse(eventsToStixBundle(data, { ...FIXTURE_CONTEXT, now })) as {
    id: string
    objects: Obj[]
  }
const only = (events: EventRecord[]): ExportData => ({ ...EVENTS_FIXTURE, events })
const fixtureEvent = (id: string): EventRecord => EVENTS_FIXTURE.events.find((e) => e.id === id)!

describe('eventsToStixBundle', () => {
  const bundle = bundleOf()
  const objects = bundle.objects
  const ofType = (type: string) => objects.filter((o) => o.type === type)
  const byId = new Map(objects.map((o) => [o.id, o]))

  it('passes the structural checks: common and required properties, refs resolve', () => {
    expect(stixBundleProblems(bundle)).toEqual([])
  })

  it('the structural checks do catch a dangling ref, a bad id and a missing name', () => {
    const broken = structuredClone(bundle)
    const actor = broken.objects.find((o) => o.type === 'threat-actor')!
    delete actor['name']
    broken.objects.find((o) => o.type === 'note')!['object_refs'] = [
      'note--00000000-0000-4000-8000-000000000000'
    ]
    broken.objects.find((o) => o.type === 'location')!.id = 'location--not-a-uuid'
    const problems = stixBundleProblems(broken).join('\n')
    expect(problems).toMatch(/name/)
    expect(problems).toMatch(/dangling reference note--/)
    expect(problems).toMatch(/<type>--<uuid>/)
  })

  it('uses UUIDv5 ids, so the same records give the same bundle', () => {
    for (const o of objects) expect(o.id).toMatch(new RegExp(`^${o.type}--[0-9a-f-]{14}5`))
    expect(bundle.id).toMatch(new RegExp(`^bundle--${UUID_PATTERN}$`))
    expect(eventsToStixBundle(EVENTS_FIXTURE, FIXTURE_CONTEXT)).toBe(
      eventsToStixBundle(EVENTS_FIXTURE, FIXTURE_CONTEXT)
    )
  })

  it('only the report and the bundle change with the export time', () => {
    const later = bundleOf(EVENTS_FIXTURE, '2025-07-01T00:00:00.000Z')
    const strip = (b: typeof bundle) => b.objects.filter((o) => o.type !== 'report')
    expect(strip(later)).toEqual(strip(bundle))
    expect(later.id).not.toBe(bundle.id)
    expect(ofType('report')[0]!.id).not.toBe(later.objects.find((o) => o.type === 'report')!.id)
  })

  it('has one report, published now, listing every other object', () => {
    const [report, ...rest] = ofType('report')
    expect(rest).toEqual([])
    expect(report!['published']).toBe(FIXTURE_CONTEXT.now)
    expect(report!['report_types']).toEqual(['threat-report'])
    expect(new Set(report!['object_refs'] as string[])).toEqual(
      new Set(objects.filter((o) => o.type !== 'report').map((o) => o.id))
    )
    expect(report!['description']).toContain(ACLED_EVENT_EXTENSION_ID)
  })

  it('signs everything with the workbench identity', () => {
    expect(byId.get(WORKBENCH_IDENTITY_ID)!['identity_class']).toBe('system')
    for (const o of objects.filter((o) => o.id !== WORKBENCH_IDENTITY_ID)) {
      expect(o['created_by_ref']).toBe(WORKBENCH_IDENTITY_ID)
    }
  })

  it('declares the event object with a new-sdo extension-definition and carries every ACLED column', () => {
    const ext = byId.get(ACLED_EVENT_EXTENSION_ID)!
    expect(ext['extension_types']).toEqual(['new-sdo'])
    const events = ofType(ACLED_EVENT_TYPE)
    expect(events).toHaveLength(EVENTS_FIXTURE.events.length)
    const strike = events.find((e) => e['event_id_cnty'] === 'IRQ-ev-strike-amadiya')!
    expect(strike['extensions']).toEqual({
      [ACLED_EVENT_EXTENSION_ID]: { extension_type: 'new-sdo' }
    })
    const absentInFixture = new Set([
      'assoc_actor_1',
      'assoc_actor_2',
      'civilian_targeting',
      'admin2',
      'admin3',
      'source_scale'
    ])
    for (const column of ACLED_CSV_COLUMNS.filter((c) => !absentInFixture.has(c))) {
      expect(strike, column).toHaveProperty(column)
    }
    expect(strike['admiralty_grade']).toBe('B2')
    expect(strike['fatalities']).toBe(4)
    expect(ext['schema']).toEqual(expect.stringContaining('fatalities_phrase'))
  })

  it('maps Admiralty credibility to confidence as STIX 2.1 publishes it, none for 6 or ungraded', () => {
    expect(ADMIRALTY_CREDIBILITY_TO_STIX).toEqual({ 1: 90, 2: 70, 3: 50, 4: 30, 5: 10, 6: null })
    const event = (id: string) => ofType(ACLED_EVENT_TYPE).find((e) => e['event_id_cnty'] === id)!
    expect(event('IRQ-ev-strike-amadiya')['confidence']).toBe(70)
    expect(event('IRQ-ev-attack-zakho')['confidence']).toBe(50)
    expect(event('ev-barely-coded')).not.toHaveProperty('confidence')
    expect(event('SYR-ev-protest-suwayda')).not.toHaveProperty('confidence')
  })

  it('makes armed actors threat-actors and civilians, protesters and the uncategorised identities', () => {
    const named = (name: string) => objects.find((o) => o['name'] === name)!
    expect(named('Military Forces of Turkey (2016-)').type).toBe('threat-actor')
    expect(named('Military Forces of Turkey (2016-)')['aliases']).toEqual([
      'Turkish Armed Forces',
      'TAF'
    ])
    expect(named('PKK: Kurdistan Workers Party').type).toBe('threat-actor')
    expect(named('Unidentified Armed Group (Iraq)').type).toBe('threat-actor')
    expect(named('Civilians (Iraq)')).toMatchObject({ type: 'identity', identity_class: 'class' })
    expect(named('Protesters (Syria)')).toMatchObject({ type: 'identity', identity_class: 'group' })
    expect(named('Teachers (Syria)')).toMatchObject({ type: 'identity', identity_class: 'unknown' })
    // One object per actor however many events cite it.
    expect(objects.filter((o) => o['name'] === 'Protesters (Syria)')).toHaveLength(1)
  })

  it('links one-sided violence with targets and attributed-to, battles only through the event', () => {
    const rel = (type: string) =>
      ofType('relationship').filter((r) => r['relationship_type'] === type)
    const name = (id: unknown) => byId.get(String(id))!['name']
    expect(
      rel('targets')
        .map((r) => [name(r['source_ref']), name(r['target_ref'])])
        .sort()
    ).toEqual([
      ['Military Forces of Syria (2000-2024)', 'Protesters (Syria)'],
      ['Unidentified Armed Group (Iraq)', 'Civilians (Iraq)']
    ])
    const strike = ofType(ACLED_EVENT_TYPE).find(
      (e) => e['event_id_cnty'] === 'IRQ-ev-strike-amadiya'
    )!
    expect(rel('attributed-to').map((r) => r['source_ref'])).not.toContain(strike.id)
    expect(rel('related-to').filter((r) => r['source_ref'] === strike.id)).toHaveLength(2)
    expect(rel('located-at').filter((r) => r['source_ref'] === strike.id)).toHaveLength(1)
  })

  it('gives locations a country code, coordinates when known, and none to an event without a place', () => {
    const amadiya = ofType('location').find((l) => l['name'] === 'Amadiya')!
    expect(amadiya).toMatchObject({
      country: 'IQ',
      region: 'western-asia',
      latitude: 37.0925,
      longitude: 43.4878
    })
    const dara = ofType('location').find((l) => l['name'] === 'Dara')!
    expect(dara).toMatchObject({ country: 'SY' })
    expect(dara).not.toHaveProperty('latitude')
    const bare = ofType(ACLED_EVENT_TYPE).find((e) => e['event_id_cnty'] === 'ev-barely-coded')!
    expect(bare).not.toHaveProperty('location_ref')
    expect(ofType('location')).toHaveLength(4)
  })

  it('writes notes for event notes and each cited passage, saying when an anchor moved', () => {
    const zakho = ofType(ACLED_EVENT_TYPE).find(
      (e) => e['event_id_cnty'] === 'IRQ-ev-attack-zakho'
    )!
    const notes = ofType('note').filter((n) => (n['object_refs'] as string[]).includes(zakho.id))
    expect(notes.map((n) => n['abstract']).sort()).toEqual([
      'Event notes',
      'Evidence for actor 1',
      'Evidence for context'
    ])
    const contents = notes.map((n) => String(n['content'])).join('\n')
    expect(contents).toContain('“unidentifed gunmen attacked a village near Zakho”')
    expect(contents).toContain('anchor drifted')
    expect(contents).toContain('anchor orphaned')
  })

  it('stays valid with no events at all and with a record whose dates are broken', () => {
    expect(stixBundleProblems(bundleOf(only([])))).toEqual([])
    const broken = { ...fixtureEvent('ev-strike-amadiya'), createdAt: 'yesterday', updatedAt: '' }
    const b = bundleOf(only([broken]))
    expect(stixBundleProblems(b)).toEqual([])
    expect(b.objects.find((o) => o.type === ACLED_EVENT_TYPE)!['created']).toBe(FIXTURE_CONTEXT.now)
  })
})
