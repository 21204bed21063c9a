// The ACLED CSV read back by a real CSV reader (papaparse, as a spreadsheet import or a pandas-like
// script would): the header is ACLED's, one row per event, and the awkward values survive.
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { ACLED_CSV_COLUMNS, eventsToAcledCsv } from '@core/export/data'
import { EVENTS_FIXTURE, FIXTURE_CONTEXT } from '@core/export/data/fixtures/events-fixture'

const csv = eventsToAcledCsv(EVENTS_FIXTURE, FIXTURE_CONTEXT)
const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true })
const row = (id: string): Record<string, string> =>
  parsed.data.find((r) => r['event_id_cnty'] === id)!

describe('ACLED CSV through papaparse', () => {
  it('parses without errors, with ACLED’s header and one row per event', () => {
    expect(parsed.errors).toEqual([])
    // Written out, not read from the exporter's own constant: ACLED's public column order.
    expect(parsed.meta.fields).toEqual([
      'event_id_cnty',
      'event_date',
      'year',
      'time_precision',
      'disorder_type',
      'event_type',
      'sub_event_type',
      'actor1',
      'assoc_actor_1',
      'inter1',
      'actor2',
      'assoc_actor_2',
      'inter2',
      'interaction',
      'civilian_targeting',
      'iso',
      'region',
      'country',
      'admin1',
      'admin2',
      'admin3',
      'location',
      'latitude',
      'longitude',
      'geo_precision',
      'source',
      'source_scale',
      'notes',
      'fatalities',
      'tags',
      'timestamp'
    ])
    expect(parsed.meta.linebreak).toBe('\r\n')
    expect(parsed.data).toHaveLength(EVENTS_FIXTURE.events.length)
    for (const r of parsed.data) expect(Object.keys(r)).toHaveLength(ACLED_CSV_COLUMNS.length)
  })

  it('round-trips commas, doubled quotes and a line break inside a note', () => {
    const protest = EVENTS_FIXTURE.events.find((e) => e.id === 'ev-protest-suwayda')!
    expect(row('SYR-ev-protest-suwayda')['notes']).toBe(protest.notes)
    expect(row('SYR-ev-crackdown-daraa')['source']).toBe('Witnesses, via "Daraa 24"')
    expect(row('IRQ-ev-strike-amadiya')['notes']).toContain(
      'struck "PKK positions" near Amadiya, Duhok,'
    )
  })

  it('reads a formula as text with the guard apostrophe, and harmless signed text unchanged', () => {
    const zakho = EVENTS_FIXTURE.events.find((e) => e.id === 'ev-attack-zakho')!
    expect(row('IRQ-ev-attack-zakho')['notes']).toBe(`'${zakho.notes}`)
    expect(row('ev-barely-coded')['notes']).toMatch(/^-1 days after/)
  })

  it('keeps unknown fatalities empty, zero as 0, and the phrase in the notes', () => {
    expect(row('IRQ-ev-attack-zakho')['fatalities']).toBe('')
    expect(row('SYR-ev-protest-suwayda')['fatalities']).toBe('0')
    expect(row('SYR-ev-crackdown-daraa')['notes']).toMatch(
      /\[fatalities reported as: at least two\]$/
    )
  })

  it('gives numbers a reader can convert, and week/month precision as coded', () => {
    const strike = row('IRQ-ev-strike-amadiya')
    expect(Number(strike['latitude'])).toBe(37.0925)
    expect(Number(strike['iso'])).toBe(368)
    expect(row('IRQ-ev-attack-zakho')['time_precision']).toBe('2')
    expect(row('SYR-ev-protest-suwayda')['time_precision']).toBe('3')
    expect(new Set(parsed.data.map((r) => r['country']))).toEqual(new Set(['Iraq', 'Syria', '']))
  })
})
