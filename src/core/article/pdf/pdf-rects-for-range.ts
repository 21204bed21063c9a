import type { PdfLayout } from '../../../shared/model/pdf-layout'

export interface PdfRect {
  page: number
  x: number
  y: number
  w: number
  h: number
}

/** First span index whose end lies after `offset` (spans are in text order). */
function firstSpanAfter(layout: Pick<PdfLayout, 'spans'>, offset: number): number {
  let lo = 0
  let hi = layout.spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((layout.spans[mid]?.end ?? 0) <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The rectangles covering characters [start, end) of the article on its pages. A span only partly
 * covered is cut in proportion to its characters: pdf.js gives a run's width, not each glyph's.
 */
export function pdfRectsForRange(
  layout: Pick<PdfLayout, 'spans'>,
  start: number,
  end: number
): PdfRect[] {
  const out: PdfRect[] = []
  for (let i = firstSpanAfter(layout, start); i < layout.spans.length; i++) {
    const span = layout.spans[i]
    if (!span || span.start >= end) break
    const length = span.end - span.start
    if (length <= 0) continue
    const a = (Math.max(start, span.start) - span.start) / length
    const b = (Math.min(end, span.end) - span.start) / length
    if (b <= a) continue
    out.push({ page: span.page, x: span.x + span.w * a, y: span.y, w: span.w * (b - a), h: span.h })
  }
  return out
}

/** The 1-based page characters [start, end) begin on, or null when the text has no page map. */
export function pdfPageOfRange(
  layout: Pick<PdfLayout, 'spans'>,
  start: number,
  end: number
): number | null {
  return pdfRectsForRange(layout, start, Math.max(end, start + 1))[0]?.page ?? null
}
