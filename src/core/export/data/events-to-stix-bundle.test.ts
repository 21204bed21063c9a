import { describe, expect, it } from 'vitest'
import { bundleSchemaErrors } from '../../../../tests/helpers/stix-schemas'
import type { EventField, EventRecord } from '../../../shared/model/event'
import { EVENT_FIELD_LABELS } from '../../events/event-field-labels'
import type { ExportContext, ExportData } from '../export-data'
import { ACLED_CSV_COLUMNS } from './acled-csv-columns'
import { eventsToStixBundle } from './events-to-stix-bundle'
import { exportFixture } from '../fixtures/export-fixture'
import { EVENTS_FIXTURE, FIXTURE_CONTEXT } from './fixtures/events-fixture'
import { ACLED_EVENT_EXTENSION_ID } from './stix-acled-event'
import { ADMIRALTY_CREDIBILITY_TO_STIX } from './stix-confidence'
import { TLP_AMBER_STRICT_ID } from './stix-markings'
import { stixBundleProblems, UUID_PATTERN } from './stix-structure'
import { stixWarnings } from './stix-warnings'

type Obj = Record<string, unknown> & { type: string; id: string }
type Bundle = { id: string; objects: Obj[] }
const bundleOf = (data: ExportData = EVENTS_FIXTURE, ctx: Partial<ExportContext> = {}): Bundle =>
  JSON.parse(eventsToStixBundle(data, { ...FIXTURE_CONTEXT, ...ctx })) as Bundle
const only = (events: EventRecord[]): ExportData => ({ ...EVENTS_FIXTURE, events })
const fixtureEvent = (id: string): EventRecord => EVENTS_FIXTURE.events.find((e) => e.id === id)!
const AUTHOR = { name: 'R. Analyst', organisation: 'Example Desk' }

describe('eventsToStixBundle', () => {
  const bundle = bundleOf(EVENTS_FIXTURE, { author: AUTHOR, tlp: 'amber' })
  const objects = bundle.objects
  const ofType = (type: string) => objects.filter((o) => o.type === type)
  const byId = new Map(objects.map((o) => [o.id, o]))
  const reportOf = (id: string) =>
    ofType('report').find((r) => r['name'] && ext(r)['event_id_cnty'] === id)!
  const ext = (r: Obj) =>
    (r['extensions'] as Record<string, Record<string, unknown>>)[ACLED_EVENT_EXTENSION_ID]!

  it('validates every object against its OASIS STIX 2.1 schema', () => {
    expect(bundleSchemaErrors(bundle)).toEqual([])
    for (const tlp of ['clear', 'green', 'amber', 'amber+strict', 'red'] as const) {
      expect(bundleSchemaErrors(bundleOf(EVENTS_FIXTURE, { tlp })), tlp).toEqual([])
    }
    expect(bundleSchemaErrors(bundleOf())).toEqual([])
  })

  it('the schema check does catch a broken object', () => {
    const broken = structuredClone(bundle)
    delete broken.objects.find((o) => o.type === 'report')!['published']
    broken.objects.find((o) => o.type === 'location')!['latitude'] = 'north'
    const errors = bundleSchemaErrors(broken).join('\n')
    expect(errors).toMatch(/published/)
    expect(errors).toMatch(/latitude/)
  })

  it('has none of the validator warnings the old bundle had', () => {
    expect(stixWarnings(bundle)).toEqual([])
  })

  it('the warning checks do catch a v5 id, a custom relationship source and a url without hash', () => {
    const broken = structuredClone(bundle)
    const report = broken.objects.find(
      (o) => o.type === 'report' && JSON.stringify(o['external_references']).includes('"url"')
    )!
    const oldId = report.id
    report.id = 'report--0b4b6a9c-3f7a-5d7e-9a31-2f1c0e0b7a11'
    const rel = broken.objects.find((o) => o.type === 'relationship')!
    rel['source_ref'] = 'x-acled-event--6a1f0b6e-2b1d-4c1e-8a61-1d0b8e3f5a2c'
    broken.objects.push({ type: 'x-acled-event', id: String(rel['source_ref']) })
    const refs = report['external_references'] as Record<string, unknown>[]
    delete refs.find((r) => r['url'])!['hashes']
    const warnings = stixWarnings(broken).join('\n')
    expect(oldId).not.toBe(report.id)
    expect(warnings).toMatch(/not a UUIDv4/)
    expect(warnings).toMatch(/custom object x-acled-event/)
    expect(warnings).toMatch(/url without hashes/)
  })

  it('passes the structural checks: refs resolve, dates in order', () => {
    expect(stixBundleProblems(bundle)).toEqual([])
  })

  it('uses UUIDv4 ids that stay the same across exports of the same records', () => {
    for (const o of objects.filter((o) => o.type !== 'marking-definition'))
      expect(o.id).toMatch(new RegExp(`^${o.type}--[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab]`))
    expect(bundle.id).toMatch(new RegExp(`^bundle--${UUID_PATTERN}$`))
    const later = bundleOf(EVENTS_FIXTURE, {
      author: AUTHOR,
      tlp: 'amber',
      now: '2025-07-01T00:00:00.000Z'
    })
    expect(later.objects).toEqual(bundle.objects)
    expect(later.id).not.toBe(bundle.id)
  })

  it('keeps `created` of an id when other events join or leave the export', () => {
    const strike = fixtureEvent('ev-strike-amadiya')
    const early = { ...fixtureEvent('ev-attack-zakho'), createdAt: '2020-01-01T00:00:00.000Z' }
    const alone = bundleOf(only([strike]))
    const withEarlier = bundleOf(only([strike, early]))
    const created = (b: Bundle) => new Map(b.objects.map((o) => [o.id, o['created']]))
    const before = created(alone)
    const after = created(withEarlier)
    for (const [id, c] of before) expect(after.get(id), id).toBe(c)
  })

  it('carries each event as a report with the ACLED columns in a property-extension', () => {
    const def = byId.get(ACLED_EVENT_EXTENSION_ID)!
    expect(def['extension_types']).toEqual(['property-extension'])
    expect(ofType('report')).toHaveLength(EVENTS_FIXTURE.events.length)
    const strike = reportOf('IRQ-ev-strike-amadiya')
    expect(ext(strike)['extension_type']).toBe('property-extension')
    const absentInFixture = new Set([
      'assoc_actor_1',
      'assoc_actor_2',
      'civilian_targeting',
      'admin2',
      'admin3',
      'source_scale'
    ])
    for (const column of ACLED_CSV_COLUMNS.filter((c) => !absentInFixture.has(c))) {
      expect(ext(strike), column).toHaveProperty(column)
    }
    expect(ext(strike)['admiralty_grade']).toBe('B2')
    expect(ext(strike)['fatalities']).toBe(4)
    expect(strike['published']).toBe(strike['created'])
    // No custom objects: every type is a standard STIX 2.1 one.
    const standard = [
      'marking-definition',
      'identity',
      'extension-definition',
      'threat-actor',
      'location',
      'report',
      'relationship',
      'note'
    ]
    for (const o of objects) expect(standard).toContain(o.type)
  })

  it('grades as STIX confidence plus admiralty-scale labels, none for 6 or ungraded', () => {
    expect(ADMIRALTY_CREDIBILITY_TO_STIX).toEqual({ 1: 90, 2: 70, 3: 50, 4: 30, 5: 10, 6: null })
    const strike = reportOf('IRQ-ev-strike-amadiya')
    expect(strike['confidence']).toBe(70)
    expect(strike['labels']).toEqual([
      'admiralty-scale:source-reliability="b"',
      'admiralty-scale:information-credibility="2"'
    ])
    expect(reportOf('IRQ-ev-attack-zakho')['confidence']).toBe(50)
    expect(reportOf('ev-barely-coded')).not.toHaveProperty('confidence')
    // F6: nothing to say in confidence, but the grade still travels as labels.
    expect(reportOf('ev-barely-coded')['labels']).toEqual([
      'admiralty-scale:source-reliability="f"',
      'admiralty-scale:information-credibility="6"'
    ])
  })

  it('marks every object with the chosen TLP and signs it with the analyst identity', () => {
    const author = ofType('identity').find((i) => i['name'] === 'Example Desk')!
    expect(author).toMatchObject({ identity_class: 'organization' })
    expect(String(author['description'])).toContain('R. Analyst')
    const amber = objects.find((o) => o.type === 'marking-definition')!
    expect(amber).toMatchObject({ name: 'TLP:AMBER', definition: { tlp: 'amber' } })
    for (const o of objects.filter((o) => o.type !== 'marking-definition')) {
      expect(o['object_marking_refs'], o.id).toEqual([amber.id])
      if (o.id !== author.id) expect(o['created_by_ref'], o.id).toBe(author.id)
    }
    const strict = bundleOf(EVENTS_FIXTURE, { tlp: 'amber+strict' })
    expect(strict.objects[0]).toMatchObject({ id: TLP_AMBER_STRICT_ID, name: 'TLP:AMBER+STRICT' })
    const clear = bundleOf(EVENTS_FIXTURE, { tlp: 'clear' })
    expect(clear.objects[0]).toMatchObject({ definition: { tlp: 'white' } })
    const anonymous = bundleOf()
    expect(
      anonymous.objects.find((o) => o.type === 'identity' && o['identity_class'] === 'system')
    ).toBeTruthy()
  })

  it('types actors so importers keep them: armed threat-actors, others organization or class', () => {
    const named = (name: string) => objects.find((o) => o['name'] === name)!
    expect(named('Military Forces of Turkey (2016-)').type).toBe('threat-actor')
    expect(named('Military Forces of Turkey (2016-)')['aliases']).toEqual([
      'Turkish Armed Forces',
      'TAF'
    ])
    expect(named('Civilians (Iraq)')).toMatchObject({ type: 'identity', identity_class: 'class' })
    expect(named('Protesters (Syria)')).toMatchObject({
      type: 'identity',
      identity_class: 'organization'
    })
    expect(named('Teachers (Syria)')).toMatchObject({
      type: 'identity',
      identity_class: 'organization'
    })
    expect(objects.filter((o) => o['name'] === 'Protesters (Syria)')).toHaveLength(1)
  })

  it('links actors with relationships OpenCTI accepts, never from a custom object', () => {
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
    for (const r of rel('targets'))
      expect(byId.get(String(r['source_ref']))!.type).toBe('threat-actor')
    for (const r of rel('located-at')) {
      expect(byId.get(String(r['source_ref']))!['x_opencti_location_type']).not.toBe('Country')
      expect(byId.get(String(r['target_ref']))!['x_opencti_location_type']).toBe('Country')
    }
    const strike = reportOf('IRQ-ev-strike-amadiya')
    const inside = new Set(strike['object_refs'] as string[])
    const battle = rel('related-to').find((r) => inside.has(r.id))!
    expect([name(battle['source_ref']), name(battle['target_ref'])].sort()).toEqual([
      'Military Forces of Turkey (2016-)',
      'PKK: Kurdistan Workers Party'
    ])
  })

  it('makes towns City locations with `city`, inside a Country location', () => {
    const amadiya = ofType('location').find((l) => l['name'] === 'Amadiya')!
    expect(amadiya).toMatchObject({
      city: 'Amadiya',
      country: 'IQ',
      region: 'western-asia',
      latitude: 37.0925,
      longitude: 43.4878,
      x_opencti_location_type: 'City'
    })
    const iraq = ofType('location').find(
      (l) => l['x_opencti_location_type'] === 'Country' && l['country'] === 'IQ'
    )!
    expect(iraq['name']).toBe('Iraq')
    expect(
      ofType('location').filter(
        (l) => l['x_opencti_location_type'] === 'Country' && l['name'] === 'Amadiya'
      )
    ).toEqual([])
    const strike = reportOf('IRQ-ev-strike-amadiya')
    expect(strike['object_refs']).toEqual(expect.arrayContaining([amadiya.id, iraq.id]))
  })

  it('writes evidence notes on the report and on the object the cited field became', () => {
    const zakho = reportOf('IRQ-ev-attack-zakho')
    const notes = ofType('note').filter((n) => (n['object_refs'] as string[]).includes(zakho.id))
    expect(notes.map((n) => n['abstract']).sort()).toEqual([
      'Event notes',
      'Evidence for actor 1',
      'Evidence for context'
    ])
    const actorNote = notes.find((n) => n['abstract'] === 'Evidence for actor 1')!
    expect((actorNote['object_refs'] as string[]).map((id) => byId.get(id)!['name'])).toContain(
      'Unidentified Armed Group (Iraq)'
    )
    expect(zakho['object_refs']).toEqual(expect.arrayContaining(notes.map((n) => n.id)))
    const contents = notes.map((n) => String(n['content'])).join('\n')
    expect(contents).toContain('“unidentifed gunmen attacked a village near Zakho”')
    expect(contents).toContain('anchor drifted')
  })

  it('leaves out a citation made for another value of its field', () => {
    const strike = fixtureEvent('ev-strike-amadiya')
    const field = Object.keys(strike.evidence)[0] as EventField
    expect(field).toBeDefined()
    const abstract = `Evidence for ${EVENT_FIELD_LABELS[field].toLowerCase()}`
    const abstracts = (e: EventRecord) =>
      bundleOf(only([e]))
        .objects.filter((o) => o.type === 'note')
        .map((n) => n['abstract'])
    expect(abstracts(strike)).toContain(abstract)
    const stale: EventRecord = {
      ...strike,
      evidence: {
        ...strike.evidence,
        [field]: { ...strike.evidence[field]!, citedValue: 'another value' }
      }
    }
    expect(abstracts(stale)).not.toContain(abstract)
    expect(abstracts(stale)).toHaveLength(abstracts(strike).length - 1)
  })

  it('links the article by url with the SHA-256 of the captured text', () => {
    const strike = reportOf('IRQ-ev-strike-amadiya')
    const refs = strike['external_references'] as Record<string, unknown>[]
    const article = refs.find((r) => r['url'])!
    expect(article['url']).toBe('https://news.example.org/2025/05/amadiya-strike')
    expect(article['hashes']).toEqual({ 'SHA-256': expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(refs.find((r) => r['source_name'] === 'Analyst Workbench')).toMatchObject({
      external_id: 'ev-strike-amadiya'
    })
  })

  it('carries the brief as a Markdown note on every event report, the same at each export', () => {
    const data = exportFixture()
    const withBrief = bundleOf(data)
    expect(bundleSchemaErrors(withBrief)).toEqual([])
    expect(stixWarnings(withBrief)).toEqual([])
    expect(stixBundleProblems(withBrief)).toEqual([])
    const reports = withBrief.objects.filter((o) => o.type === 'report').map((r) => r.id)
    const brief = withBrief.objects.find(
      (o) => o.type === 'note' && String(o['content']).startsWith('# ')
    )!
    expect(brief['object_refs']).toEqual(reports)
    expect(brief['modified']).toBe('2026-11-24T17:30:00.000Z')
    const later = bundleOf(data, { now: '2027-01-01T00:00:00.000Z' })
    expect(later.objects.find((o) => o.id === brief.id)).toEqual(brief)
  })

  it('stays valid with no events at all and with a record whose dates are broken', () => {
    const empty = bundleOf(only([]))
    expect(bundleSchemaErrors(empty)).toEqual([])
    const broken = { ...fixtureEvent('ev-strike-amadiya'), createdAt: 'yesterday', updatedAt: '' }
    const b = bundleOf(only([broken]))
    expect(bundleSchemaErrors(b)).toEqual([])
    expect(stixBundleProblems(b)).toEqual([])
    expect(b.objects.find((o) => o.type === 'report')!['created']).toBe(FIXTURE_CONTEXT.now)
  })
})
