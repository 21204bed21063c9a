import type { ExportContext, ExportData } from '../export-data'
import { ACLED_CSV_COLUMNS, ACLED_NUMERIC_COLUMNS } from './acled-csv-columns'
import { acledRow } from './acled-row'
import { numberCell, quoteCell, textCell } from './csv-cell'
import { sortEvents } from './sort-events'

const CRLF = '\r\n'

/**
 * ACLED-style CSV: ACLED's public columns in ACLED's order, one row per event (by date), RFC 4180
 * quoting, CRLF line ends, UTF-8 without a byte-order mark unless asked (ACLED's files have none,
 * and a BOM becomes part of the first header name in pandas, R and papaparse unless the reader is
 * told; Excel on Windows needs one to read UTF-8 when the file is double-clicked). Missing values
 * are empty cells — an unknown death toll too, never 0 — and text cells a spreadsheet could run as
 * a formula get a leading apostrophe.
 */
export function eventsToAcledCsv(data: ExportData, ctx: ExportContext): string {
  const lines = [ACLED_CSV_COLUMNS.map(quoteCell).join(',')]
  for (const event of sortEvents(data.events)) {
    const row = acledRow(event)
    const cells = ACLED_CSV_COLUMNS.map((column) => {
      const value = row[column]
      if (value === null) return ''
      if (typeof value === 'number' && ACLED_NUMERIC_COLUMNS.has(column)) return numberCell(value)
      return textCell(String(value))
    })
    lines.push(cells.join(','))
  }
  return (ctx.csvByteOrderMark ? '\uFEFF' : '') + lines.join(CRLF) + CRLF
}
