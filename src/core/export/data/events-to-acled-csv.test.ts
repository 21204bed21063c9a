import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { EventRecord } from '../../../shared/model/event'
import { ACLED_CSV_COLUMNS } from './acled-csv-columns'
import { eventsToAcledCsv } from './events-to-acled-csv'
import { EVENTS_FIXTURE, FIXTURE_CONTEXT } from './fixtures/events-fixture'

const csvOf = (events: EventRecord[]): string =>
  eventsToAcledCsv({ ...EVENTS_FIXTURE, events }, FIXTURE_CONTEXT)
const rowsOf = (csv: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data
const base = EVENTS_FIXTURE.events.find((e) => e.id === 'ev-strike-amadiya')!
const one = (patch: Partial<EventRecord>): Record<string, string> =>
  rowsOf(csvOf([{ ...base, ...patch }]))[0]!

describe('eventsToAcledCsv', () => {
  const csv = eventsToAcledCsv(EVENTS_FIXTURE, FIXTURE_CONTEXT)

  it('starts with ACLED’s header, ends every record with CRLF and has no BOM', () => {
    expect(csv.startsWith(`${ACLED_CSV_COLUMNS.join(',')}\r\n`)).toBe(true)
    expect(csv.charCodeAt(0)).not.toBe(0xfeff)
    expect(csv.endsWith('\r\n')).toBe(true)
    // The only bare LF is the one inside the quoted multi-line note.
    expect(csv.replace(/\r\n/g, '').split('\n')).toHaveLength(2)
  })

  it('never writes null or undefined for missing values', () => {
    expect(csv).not.toMatch(/null|undefined|NaN/)
    const bare = rowsOf(csv).find((r) => r['event_id_cnty'] === 'ev-barely-coded')!
    expect(bare['event_type']).toBe('')
    expect(bare['latitude']).toBe('')
    expect(bare['fatalities']).toBe('')
  })

  it('guards text cells that would start a formula but leaves negative numbers alone', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const notes = `${start}cmd|' /C calc'!A0`
      expect(one({ notes, fatalitiesPhrase: '' })['notes']).toBe(`'${notes}`)
    }
    const west = one({ latitude: -12.5, longitude: -77.03, location: '-Lima' })
    expect(west['latitude']).toBe('-12.5')
    expect(west['longitude']).toBe('-77.03')
    expect(west['location']).toBe("'-Lima")
    expect(one({ actor1: { name: '@handle', actorId: null, inter: 3 } })['actor1']).toBe("'@handle")
    expect(one({ notes: '-A1*2', fatalitiesPhrase: '' })['notes']).toBe("'-A1*2")
    expect(one({ notes: '+SUM(A1:A9)', fatalitiesPhrase: '' })['notes']).toBe("'+SUM(A1:A9)")
  })

  it('leaves harmless text that starts with a sign as the analyst wrote it', () => {
    for (const notes of ['-1 days after the strike, residents fled', '+3 more wounded overnight']) {
      expect(one({ notes, fatalitiesPhrase: '' })['notes']).toBe(notes)
    }
  })

  it('writes inter2 0 when there is no second actor, as ACLED does, and empty when uncoded', () => {
    expect(one({ actor2: null, assocActor2: null })).toMatchObject({
      inter1: '8',
      inter2: '0',
      interaction: '80'
    })
    expect(
      one({ actor2: { name: 'Unidentified armed group', actorId: null, inter: null } })
    ).toMatchObject({
      inter2: '',
      interaction: '80'
    })
  })

  it('starts with a UTF-8 byte-order mark when asked, for Excel on Windows', () => {
    const withBom = eventsToAcledCsv(EVENTS_FIXTURE, { ...FIXTURE_CONTEXT, csvByteOrderMark: true })
    expect(withBom.charCodeAt(0)).toBe(0xfeff)
    expect(withBom.slice(1)).toBe(csv)
  })

  it('quotes commas, quotes and line breaks the RFC 4180 way', () => {
    const notes = 'A, "quoted" word\r\nand a second line'
    expect(csvOf([{ ...base, notes, fatalitiesPhrase: '' }])).toContain(
      ',"A, ""quoted"" word\r\nand a second line",'
    )
    expect(one({ notes, fatalitiesPhrase: '' })['notes']).toBe(notes)
  })

  it('keeps the source’s words for the toll in the notes, and unknown fatalities empty', () => {
    expect(
      one({ notes: 'Shelling hit the market.', fatalities: null, fatalitiesPhrase: 'several' })
    ).toMatchObject({
      notes: 'Shelling hit the market. [fatalities reported as: several]',
      fatalities: ''
    })
    expect(one({ notes: 'Killing several.', fatalitiesPhrase: 'several' })['notes']).toBe(
      'Killing several.'
    )
    expect(one({ fatalities: 0, fatalitiesPhrase: '' })['fatalities']).toBe('0')
  })

  it('derives the ACLED columns: id, year, codes, ISO numeric, region, timestamp', () => {
    expect(one({})).toMatchObject({
      event_id_cnty: 'IRQ-ev-strike-amadiya',
      event_date: '2025-05-16',
      year: '2025',
      disorder_type: 'Political violence',
      inter1: '8',
      inter2: '2',
      interaction: '28',
      civilian_targeting: '',
      iso: '368',
      region: 'Middle East',
      country: 'Iraq',
      tags: 'cross-border; drone',
      timestamp: String(Date.parse('2025-05-22T16:45:10.500Z') / 1000 - 0.5)
    })
    expect(one({ countryCode: 'ARM' })).toMatchObject({
      iso: '51',
      region: 'Caucasus and Central Asia'
    })
    expect(one({ countryCode: 'TUR' })).toMatchObject({
      country: 'Turkey',
      iso: '792',
      region: 'Middle East'
    })
    expect(one({ countryCode: 'ZZZ' })).toMatchObject({ country: 'ZZZ', iso: '', region: '' })
  })

  it('writes one row per event in date order, undated last', () => {
    const ids = rowsOf(csv).map((r) => r['event_id_cnty'])
    expect(ids).toEqual([
      'SYR-ev-protest-suwayda',
      'IRQ-ev-attack-zakho',
      'IRQ-ev-strike-amadiya',
      'SYR-ev-crackdown-daraa',
      'ev-barely-coded'
    ])
  })
})
