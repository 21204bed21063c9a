// RFC 4180 cells with a guard against spreadsheet formula injection (OWASP "CSV injection").

// Excel, LibreOffice and Google Sheets run a cell starting with "=" or "@" as a formula; tab and
// CR are included because some of them strip the leading white space before looking.
const ALWAYS_FORMULA = /^[=@\t\r]/
// A cell starting with "+" or "-" is read as a formula too, but it can only do harm by calling a
// function ("SUM(", "HYPERLINK("), reaching another sheet or program ("!", and "|" as in DDE
// payloads), comparing ("=") or referring to cells ("A1", "$B$2"); "-1 days after the strike (no
// details)" or "+3 more wounded" is text an analyst wrote, and an apostrophe in front of it shows
// in every reader that is not a spreadsheet. A sign before a single word ("-Lima") names a cell
// range or a defined name, so it is guarded too.
const SIGN_START = /^[+-]/
const FORMULA_SYNTAX = /[A-Za-z_][\w.]*\(|[|!=]|\$?\b[A-Za-z]{1,3}\$?\d+\b/
const SIGNED_NAME = /^[+-][^\s\d.,]\S*$/

/** True when a spreadsheet could run the cell as a formula that calls or refers to anything. */
export function couldRunAsFormula(value: string): boolean {
  if (ALWAYS_FORMULA.test(value)) return true
  return SIGN_START.test(value) && (FORMULA_SYNTAX.test(value.slice(1)) || SIGNED_NAME.test(value))
}
const NEEDS_QUOTES = /[",\r\n]/

/** A text cell: a leading apostrophe when it would start a formula, then RFC 4180 quoting. */
export function textCell(value: string): string {
  return quoteCell(couldRunAsFormula(value) ? `'${value}` : value)
}

/** A numeric cell: written as JavaScript prints it, never guarded, so "-3.5" stays a number. */
export function numberCell(value: number): string {
  return Number.isFinite(value) ? String(value) : ''
}

/** Quotes a cell when it holds a comma, a double quote or a line break, doubling inner quotes. */
export function quoteCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
