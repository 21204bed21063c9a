import type { PdfLine } from './pdf-lines'

/** Headers and footers live in the top and bottom strips of a page. */
const MARGIN_SHARE = 0.12

const PAGE_NUMBER =
  /^(?:page|p\.|seite|página|pagina)?\s*[-–—]?\s*\d{1,4}\s*(?:(?:of|\/|de|sur|von)\s*\d{1,4})?\s*[-–—]?$/i
const ROMAN_PAGE = /^[ivxlc]{1,6}$/i

export const lineText = (line: PdfLine): string => line.text

/** A header's text with its numbers blurred, so "Report — page 3" matches "Report — page 4". */
function shape(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#')
}

/**
 * The lines that are page furniture, not article text: page numbers in the top or bottom strip,
 * and lines of the same shape in those strips on at least half the pages (running headers and
 * footers, dates and titles repeated on every page). A one-page document only loses its page
 * number.
 */
export function runningFurniture(
  lines: readonly PdfLine[],
  pageHeights: readonly number[]
): Set<PdfLine> {
  const inMargin = (line: PdfLine) => {
    const height = pageHeights[line.page - 1] ?? 0
    return line.y < height * MARGIN_SHARE || line.y > height * (1 - MARGIN_SHARE)
  }
  const pagesByShape = new Map<string, Set<number>>()
  for (const line of lines) {
    if (!inMargin(line)) continue
    const key = shape(lineText(line))
    const pages = pagesByShape.get(key) ?? new Set<number>()
    pages.add(line.page)
    pagesByShape.set(key, pages)
  }
  const pageCount = pageHeights.length
  const repeatedOn = Math.max(2, Math.ceil(pageCount / 2))
  const out = new Set<PdfLine>()
  for (const line of lines) {
    if (!inMargin(line)) continue
    const text = lineText(line)
    const repeated = pageCount >= 2 && (pagesByShape.get(shape(text))?.size ?? 0) >= repeatedOn
    if (repeated || PAGE_NUMBER.test(text) || ROMAN_PAGE.test(text)) out.add(line)
  }
  return out
}
