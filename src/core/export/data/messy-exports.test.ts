// Every record format exported from a fixture with emoji, right-to-left text, a combining mark,
// commas, quotes and a line break in every free-text field, and read back by a real reader or
// validator: a CSV parser, an .xlsx reader, the W3C assertions, the OASIS STIX schemas and the
// MISP object templates.
import Papa from 'papaparse'
import { readSheet } from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import { mispTemplateErrors, type MispObjectLike } from '../../../../tests/helpers/misp-templates'
import { bundleSchemaErrors } from '../../../../tests/helpers/stix-schemas'
import { loadW3cAssertions } from '../../../../tests/helpers/w3c-assertions'
import { MESSY, messyExport } from '../fixtures/messy-export'
import { ACLED_CSV_COLUMNS } from './acled-csv-columns'
import { annotationsToJsonLd } from './annotations-to-jsonld'
import { eventsToAcledCsv } from './events-to-acled-csv'
import { eventsToAcledXlsx } from './events-to-acled-xlsx'
import { eventsToMispEvent } from './events-to-misp-event'
import { eventsToStixBundle } from './events-to-stix-bundle'
import { FIXTURE_CONTEXT } from './fixtures/events-fixture'
import { stixWarnings } from './stix-warnings'

const data = messyExport()
// Events whose own notes were empty carry only the messy text; the others keep theirs in front.
const withNotes = data.events.filter((e) => e.notes !== MESSY)
const column = (name: string): number => ACLED_CSV_COLUMNS.indexOf(name as never)

describe('record exports of messy text', () => {
  it('ACLED CSV: every note and place reads back exactly, one row per event', () => {
    const parsed = Papa.parse<string[]>(eventsToAcledCsv(data, FIXTURE_CONTEXT), {
      skipEmptyLines: true
    })
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toHaveLength(data.events.length + 1)
    const notes = parsed.data.slice(1).map((row) => row[column('notes')]!)
    // A note that starts like a formula carries the guard apostrophe in front, nothing else.
    for (const e of withNotes)
      expect(
        notes.some((n) => n.replace(/^'(?==)/, '').startsWith(e.notes)),
        e.id
      ).toBe(true)
    const places = parsed.data.slice(1).map((row) => row[column('location')])
    expect(places.filter((p) => p?.endsWith(MESSY)).length).toBeGreaterThan(0)
  })

  it('ACLED Excel: the same text in typed cells', async () => {
    const rows = await readSheet(Buffer.from(await eventsToAcledXlsx(data, FIXTURE_CONTEXT)))
    expect(rows).toHaveLength(data.events.length + 1)
    const actors = rows.slice(1).map((row) => String(row[column('actor1')] ?? ''))
    expect(actors.filter((a) => a.endsWith(MESSY)).length).toBeGreaterThan(0)
  })

  it('W3C JSON-LD: every annotation passes the MUST assertions and keeps its comment', () => {
    const json = JSON.parse(annotationsToJsonLd(data, FIXTURE_CONTEXT))
    const assertions = loadW3cAssertions()
    const failed = (json.first.items as Record<string, unknown>[]).flatMap((item) =>
      assertions
        .check('annotationMusts.test', { '@context': json['@context'], ...item })
        .filter((r) => !r.passed)
        .map((r) => r.assertion)
    )
    expect(failed).toEqual([])
    expect(JSON.stringify(json)).toContain(JSON.stringify(MESSY).slice(1, -1))
  })

  it('STIX 2.1: every object valid against the OASIS schemas, with no importer warnings', () => {
    const bundle = JSON.parse(eventsToStixBundle(data, FIXTURE_CONTEXT))
    expect(bundleSchemaErrors(bundle)).toEqual([])
    expect(stixWarnings(bundle)).toEqual([])
    expect(JSON.stringify(bundle)).toContain(JSON.stringify(MESSY).slice(1, -1))
  })

  it('MISP event: every object valid against its template', () => {
    const { Event } = JSON.parse(eventsToMispEvent(data, FIXTURE_CONTEXT)) as {
      Event: { Object: MispObjectLike[] }
    }
    expect(Event.Object.length).toBeGreaterThan(0)
    expect(Event.Object.flatMap((o) => mispTemplateErrors(o))).toEqual([])
    expect(JSON.stringify(Event)).toContain(JSON.stringify(MESSY).slice(1, -1))
  })
})
