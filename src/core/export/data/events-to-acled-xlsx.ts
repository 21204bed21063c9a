import { strToU8, zipSync } from 'fflate'
import type { ExportContext, ExportData } from '../export-data'
import { ACLED_CSV_COLUMNS, ACLED_NUMERIC_COLUMNS } from './acled-csv-columns'
import { acledRow } from './acled-row'
import { sortEvents } from './sort-events'

// The events in ACLED's columns as an Excel workbook, for analysts whose Excel mangles CSV (a
// system code page, dates and long ids reinterpreted). Cells are typed — numbers as numbers, text
// as inline strings — so nothing is ever read as a formula and no guard apostrophe is needed.
//
// The package is zipped with fflate (already shipped with `docx`). write-excel-file, the obvious
// library, compresses any part over 160 kB in a Worker made from a blob: URL, which the app's
// Content-Security-Policy forbids (and rightly): a thousand events would fail to export.

const SHEET_NAME = 'ACLED events'
/** Excel refuses a cell longer than this; longer notes are cut with a visible mark. */
const MAX_CELL = 32_767
const CUT_MARK = ' […]'

// XML 1.0 forbids these characters even escaped; Excel then declares the file corrupt.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- these control characters are what it finds.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

function xmlText(value: string): string {
  return value
    .replace(XML_INVALID, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1
  let letters = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    letters = String.fromCharCode(65 + rem) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

function fitCell(value: string): string {
  return value.length <= MAX_CELL ? value : value.slice(0, MAX_CELL - CUT_MARK.length) + CUT_MARK
}

function textCell(ref: string, value: string, style = 0): string {
  const s = style ? ` s="${style}"` : ''
  return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${xmlText(fitCell(value))}</t></is></c>`
}

function sheetXml(data: ExportData): string {
  const columns = ACLED_CSV_COLUMNS
  const last = columnLetters(columns.length - 1)
  const rows: string[] = [
    `<row r="1">${columns.map((c, i) => textCell(`${columnLetters(i)}1`, c, 1)).join('')}</row>`
  ]
  const events = sortEvents(data.events)
  events.forEach((event, i) => {
    const r = i + 2
    const row = acledRow(event)
    const cells = columns.map((column, c) => {
      const value = row[column]
      const ref = `${columnLetters(c)}${r}`
      if (value === null || value === '') return ''
      if (typeof value === 'number' && ACLED_NUMERIC_COLUMNS.has(column))
        return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : ''
      return textCell(ref, String(value))
    })
    rows.push(`<row r="${r}">${cells.join('')}</row>`)
  })
  const widths = columns
    .map((c, i) => {
      const width = c === 'notes' ? 80 : c === 'event_id_cnty' ? 42 : Math.max(10, c.length + 2)
      return `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`
    })
    .join('')
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    // The header row stays in view while scrolling.
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${widths}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    `<autoFilter ref="A1:${last}${events.length + 1}"/>` +
    '</worksheet>'
  )
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '</Types>'

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '</Relationships>'

/** The workbook; the filter range Excel keeps for the sheet's autoFilter covers every row. */
function workbookXml(rowCount: number): string {
  const range = `'${SHEET_NAME}'!$A$1:$${columnLetters(ACLED_CSV_COLUMNS.length - 1)}$${rowCount}`
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheets><sheet name="${SHEET_NAME}" sheetId="1" r:id="rId1"/></sheets>` +
    `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${range}</definedName></definedNames>` +
    '</workbook>'
  )
}

const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>'

/** Style 0: default; style 1: bold (the header row). */
const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>'

function coreXml(ctx: ExportContext): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    '<dc:title>ACLED events</dc:title>' +
    `<dc:creator>Analyst Workbench ${xmlText(ctx.appVersion)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${xmlText(ctx.now)}</dcterms:created>` +
    '</cp:coreProperties>'
  )
}

/** The ACLED CSV's rows and columns as an .xlsx workbook of one sheet. Deterministic per input. */
export function eventsToAcledXlsx(data: ExportData, ctx: ExportContext): Uint8Array {
  // The export's time inside the archive, so the same export gives the same bytes (zip dates
  // start in 1980).
  const parsed = Date.parse(ctx.now)
  const earliest = Date.UTC(1980, 0, 2)
  const mtime = new Date(Number.isNaN(parsed) || parsed < earliest ? earliest : parsed)
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(ROOT_RELS),
      'docProps/core.xml': strToU8(coreXml(ctx)),
      'xl/workbook.xml': strToU8(workbookXml(data.events.length + 1)),
      'xl/_rels/workbook.xml.rels': strToU8(WORKBOOK_RELS),
      'xl/styles.xml': strToU8(STYLES),
      'xl/worksheets/sheet1.xml': strToU8(sheetXml(data))
    },
    { level: 6, mtime }
  )
}
