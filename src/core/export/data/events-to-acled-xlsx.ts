import { createExcelFile, createWorkbook, type ExcelColumnMetadata } from 'excel-builder-vanilla'
import type { ExportContext, ExportData } from '../export-data'
import { ACLED_CSV_COLUMNS, ACLED_NUMERIC_COLUMNS } from './acled-csv-columns'
import { acledRow } from './acled-row'
import { sortEvents } from './sort-events'

// The events in ACLED's columns as an Excel workbook, for analysts whose Excel mangles CSV (a
// system code page, dates and long ids reinterpreted). Cells are typed — numbers as numbers, text
// as strings — so nothing is ever read as a formula and no guard apostrophe is needed.
//
// Written with excel-builder-vanilla, which zips with fflate's synchronous zipSync. The obvious
// alternative, write-excel-file, deflates parts over 160 kB in a Worker made from a blob: URL,
// which the app's Content-Security-Policy forbids (and rightly): a thousand events would fail.

const SHEET_NAME = 'ACLED events'
/** Excel refuses a cell longer than this; longer notes are cut with a visible mark. */
const MAX_CELL = 32_767
const CUT_MARK = ' […]'

// XML 1.0 forbids these characters even escaped; Excel then declares the file corrupt.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- these control characters are what it finds.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** A text cell's value: characters XML cannot carry replaced, cut at Excel's limit. */
export function cellText(value: string): string {
  const clean = value.replace(XML_INVALID, '\uFFFD')
  return clean.length <= MAX_CELL ? clean : clean.slice(0, MAX_CELL - CUT_MARK.length) + CUT_MARK
}

/** The ACLED CSV's rows and columns as an .xlsx workbook of one sheet. */
export async function eventsToAcledXlsx(data: ExportData, ctx: ExportContext): Promise<Uint8Array> {
  const workbook = createWorkbook()
  const sheet = workbook.createWorksheet({ name: SHEET_NAME })
  const bold = workbook.getStyleSheet().createFormat({ font: { bold: true } }) as { id: number }
  const header: ExcelColumnMetadata[] = ACLED_CSV_COLUMNS.map((column) => ({
    value: column,
    metadata: { style: bold.id }
  }))
  const rows = sortEvents(data.events).map((event) => {
    const row = acledRow(event)
    // An empty cell is an empty string: the library writes null as the text "null".
    return ACLED_CSV_COLUMNS.map((column): string | number => {
      const value = row[column]
      if (value === null || value === '') return ''
      if (typeof value === 'number' && ACLED_NUMERIC_COLUMNS.has(column))
        return Number.isFinite(value) ? value : ''
      return cellText(String(value))
    })
  })
  sheet.setData([header, ...rows])
  sheet.setColumns(
    ACLED_CSV_COLUMNS.map((c) => ({
      width: c === 'notes' ? 80 : c === 'event_id_cnty' ? 42 : Math.max(10, c.length + 2)
    }))
  )
  // The header row stays in view while scrolling. The sheet view marks its pane frozen, but the
  // pane writes the split it was given itself (5.2.5 throws writing a pane given none).
  sheet.sheetView.freezePane(0, 1, 'A2')
  sheet.sheetView.pane.freezePane(0, 1, 'A2')
  workbook.addWorksheet(sheet)
  // The export's time on the archive's parts, not the clock's (zip dates start in 1980).
  const parsed = Date.parse(ctx.now)
  const earliest = Date.UTC(1980, 0, 2)
  const mtime = new Date(Number.isNaN(parsed) || parsed < earliest ? earliest : parsed)
  return createExcelFile(workbook, 'Uint8Array', { zipOptions: { mtime } })
}
