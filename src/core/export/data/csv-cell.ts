// RFC 4180 cells with a guard against spreadsheet formula injection (OWASP "CSV injection").

// Excel, LibreOffice and Google Sheets run a cell starting with one of these as a formula; tab and
// CR are included because some of them strip the leading white space before looking.
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** A text cell: a leading apostrophe when it would start a formula, then RFC 4180 quoting. */
export function textCell(value: string): string {
  return quoteCell(FORMULA_START.test(value) ? `'${value}` : value)
}

/** A numeric cell: written as JavaScript prints it, never guarded, so "-3.5" stays a number. */
export function numberCell(value: number): string {
  return Number.isFinite(value) ? String(value) : ''
}

/** Quotes a cell when it holds a comma, a double quote or a line break, doubling inner quotes. */
export function quoteCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
