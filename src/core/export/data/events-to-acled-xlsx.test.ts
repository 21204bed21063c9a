import Papa from 'papaparse'
import readExcelFile, { readSheet } from 'read-excel-file/node'
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { EventRecord } from '../../../shared/model/event'
import { ACLED_CSV_COLUMNS } from './acled-csv-columns'
import { eventsToAcledCsv } from './events-to-acled-csv'
import { eventsToAcledXlsx } from './events-to-acled-xlsx'
import { EVENTS_FIXTURE, FIXTURE_CONTEXT } from './fixtures/events-fixture'

const base = EVENTS_FIXTURE.events.find((e) => e.id === 'ev-strike-amadiya')!
const read = async (events: readonly EventRecord[]) =>
  readSheet(Buffer.from(await eventsToAcledXlsx({ ...EVENTS_FIXTURE, events }, FIXTURE_CONTEXT)))

describe('eventsToAcledXlsx', () => {
  it('is read back by a real .xlsx reader as one sheet with ACLED’s header', async () => {
    const sheets = await readExcelFile(
      Buffer.from(await eventsToAcledXlsx(EVENTS_FIXTURE, FIXTURE_CONTEXT))
    )
    expect(sheets.map((s) => s.sheet)).toEqual(['ACLED events'])
    expect(sheets[0]!.data[0]).toEqual([...ACLED_CSV_COLUMNS])
    expect(sheets[0]!.data).toHaveLength(EVENTS_FIXTURE.events.length + 1)
  })

  it('holds the same values as the CSV, numbers as numbers and text unguarded', async () => {
    const rows = await read(EVENTS_FIXTURE.events)
    const csv = Papa.parse<string[]>(eventsToAcledCsv(EVENTS_FIXTURE, FIXTURE_CONTEXT), {
      skipEmptyLines: true
    }).data
    expect(rows).toHaveLength(csv.length)
    rows.slice(1).forEach((row, r) => {
      ACLED_CSV_COLUMNS.forEach((column, c) => {
        const fromCsv = csv[r + 1]![c]!
        const cell = row[c]
        if (fromCsv === '') expect(cell ?? null, `${column} row ${r}`).toBeNull()
        else if (typeof cell === 'number') expect(String(cell)).toBe(fromCsv)
        // The CSV's guard apostrophe is not needed: a typed text cell is never a formula.
        else expect(cell, `${column} row ${r}`).toBe(fromCsv.replace(/^'(?=[=+\-@\t\r])/, ''))
      })
    })
    const zakho = rows.find((row) => String(row[0]).includes('ev-attack-zakho'))!
    expect(String(zakho[ACLED_CSV_COLUMNS.indexOf('notes')])).toMatch(/^=HYPERLINK\(/)
    expect(typeof rows[1]![ACLED_CSV_COLUMNS.indexOf('latitude')]).toBe('number')
  })

  it('never writes a formula, and keeps right-to-left names, emoji and line breaks', async () => {
    const notes = "=cmd|' /C calc'!A0 — قصف على حلب 🔥\nsecond line"
    const rows = await read([{ ...base, notes, fatalitiesPhrase: '', location: 'حلب' }])
    expect(rows[1]![ACLED_CSV_COLUMNS.indexOf('notes')]).toBe(notes)
    expect(rows[1]![ACLED_CSV_COLUMNS.indexOf('location')]).toBe('حلب')
    const sheet = strFromU8(
      unzipSync(
        await eventsToAcledXlsx(
          { ...EVENTS_FIXTURE, events: [{ ...base, notes }] },
          FIXTURE_CONTEXT
        )
      )['xl/worksheets/sheet1.xml']!
    )
    expect(sheet).not.toContain('<f>')
  })

  it('replaces characters XML cannot carry instead of writing a file Excel calls corrupt', async () => {
    const rows = await read([
      { ...base, notes: 'bell\u0007 and \uD800 lone', fatalitiesPhrase: '' }
    ])
    expect(rows[1]![ACLED_CSV_COLUMNS.indexOf('notes')]).toBe('bell\uFFFD and \uFFFD lone')
  })

  it('cuts a cell past Excel’s 32,767 characters with a visible mark', async () => {
    const rows = await read([{ ...base, notes: 'x'.repeat(40_000), fatalitiesPhrase: '' }])
    const cell = String(rows[1]![ACLED_CSV_COLUMNS.indexOf('notes')])
    expect(cell).toHaveLength(32_767)
    expect(cell.endsWith(' […]')).toBe(true)
  })
})
