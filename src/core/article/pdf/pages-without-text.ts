import type { PdfPageText } from './pdf-lines'

/**
 * A page with fewer visible characters than this has no text layer worth the name: a scan (a
 * scanner may stamp a page number or a date as text, which is not the page's text).
 */
export const MIN_CHARS_PER_PAGE = 20

/** The 1-based numbers of the pages to read by OCR: those without a text layer. */
export function pagesWithoutText(pages: readonly PdfPageText[]): number[] {
  return pages.flatMap((page, i) => {
    let visible = 0
    for (const item of page.items) visible += item.str.replace(/\s+/g, '').length
    return visible < MIN_CHARS_PER_PAGE ? [i + 1] : []
  })
}
