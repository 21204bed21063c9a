import type { PdfPageSize } from '../../../shared/model/pdf-layout'
import type { PdfRect } from './pdf-rects-for-range'

/** Where each page sits in the page view's scrolled column, in CSS pixels. */
export interface PageBox {
  /** 1-based page number. */
  page: number
  top: number
  width: number
  height: number
  /** CSS pixels per PDF point. */
  scale: number
}

/**
 * The pages stacked in one column, each drawn `width` CSS pixels wide (its height in proportion),
 * `gap` pixels apart. Every page gets the same width whatever its own size, as readers of scans
 * expect: a landscape page is not drawn smaller than the portrait pages around it.
 */
export function stackPages(pages: readonly PdfPageSize[], width: number, gap: number): PageBox[] {
  const out: PageBox[] = []
  let top = 0
  pages.forEach((size, i) => {
    const scale = size.width > 0 ? width / size.width : 1
    const height = Math.max(1, Math.round(size.height * scale))
    out.push({ page: i + 1, top, width, height, scale })
    top += height + gap
  })
  return out
}

/** Index of the first box whose bottom lies below `y` (boxes in order); boxes.length if none. */
function firstBelow(boxes: readonly PageBox[], y: number): number {
  let lo = 0
  let hi = boxes.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const box = boxes[mid]!
    if (box.top + box.height <= y) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The pages to draw for a view of the column from `top` to `bottom`, widened by `margin` pixels
 * each way so the next page is ready before it scrolls in: [first, last], 1-based, or null when
 * there are no pages.
 */
export function pagesInView(
  boxes: readonly PageBox[],
  top: number,
  bottom: number,
  margin: number
): { first: number; last: number } | null {
  if (boxes.length === 0) return null
  const i = Math.min(boxes.length - 1, firstBelow(boxes, top - margin))
  let j = i
  while (j + 1 < boxes.length && boxes[j + 1]!.top < bottom + margin) j++
  return { first: boxes[i]!.page, last: boxes[j]!.page }
}

/**
 * The page one is "on" for a view from `top` to `bottom`: the page that covers the most of it
 * (the earlier one on a tie), so "Page 3 of 12" names what fills the screen. 1 when empty.
 */
export function currentPage(boxes: readonly PageBox[], top: number, bottom: number): number {
  let best = boxes[0]?.page ?? 1
  let bestCover = -1
  for (let i = firstBelow(boxes, top); i < boxes.length; i++) {
    const box = boxes[i]!
    if (box.top >= bottom) break
    const cover = Math.min(bottom, box.top + box.height) - Math.max(top, box.top)
    if (cover > bestCover) {
      best = box.page
      bestCover = cover
    }
  }
  return best
}

/**
 * The scroll position that shows `rects` (a passage's rectangles, PDF points): the first page
 * they touch, with their box on that page a third of the way down a view `viewHeight` tall (where
 * the eye looks), or the page's top when the passage is lower than the page allows. Null when
 * there is nothing to show or the page is not in the column.
 */
export function scrollTopFor(
  boxes: readonly PageBox[],
  rects: readonly PdfRect[],
  viewHeight: number
): { page: number; top: number; box: { x: number; y: number; w: number; h: number } } | null {
  const first = rects[0]
  if (!first) return null
  const box = boxes[first.page - 1]
  if (!box || box.page !== first.page) return null
  const onPage = rects.filter((r) => r.page === first.page)
  const x = Math.min(...onPage.map((r) => r.x))
  const y = Math.min(...onPage.map((r) => r.y))
  const right = Math.max(...onPage.map((r) => r.x + r.w))
  const bottom = Math.max(...onPage.map((r) => r.y + r.h))
  const rect = {
    x: x * box.scale,
    y: y * box.scale,
    w: (right - x) * box.scale,
    h: (bottom - y) * box.scale
  }
  const top = Math.max(0, Math.round(box.top + rect.y - viewHeight / 3))
  return { page: box.page, top, box: rect }
}
