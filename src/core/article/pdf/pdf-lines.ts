/**
 * One text item as pdf.js reports it, moved to the page's top-left origin: `y` is the baseline
 * (growing downwards), `width` the advance of the whole string, `fontSize` its height in points.
 */
export interface PdfTextItem {
  str: string
  x: number
  y: number
  width: number
  fontSize: number
}

export interface PdfPageText {
  width: number
  height: number
  items: PdfTextItem[]
}

/** A line of one column (or the full width) of a page, in reading order. */
export interface PdfLine {
  page: number
  items: PdfTextItem[]
  x0: number
  x1: number
  y: number
  fontSize: number
  /** 0: spans the page (or the page has one column), 1: left column, 2: right column. */
  column: 0 | 1 | 2
  /** Lines of one flow share a region index; a new region starts after a full-width line. */
  region: number
  /** The line's text, its items joined by single spaces (for comparisons, not for the article). */
  text: string
}

/** Baselines closer than this share of the font size are one row. */
const SAME_ROW = 0.5

/** Items on one baseline, left to right. */
function rows(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const sorted = items
    .filter((i) => i.str !== '' && Number.isFinite(i.x) && Number.isFinite(i.y))
    .sort((a, b) => a.y - b.y || a.x - b.x)
  const out: PdfTextItem[][] = []
  let current: PdfTextItem[] = []
  let baseline = Number.NaN
  for (const item of sorted) {
    const tolerance = Math.max(1, item.fontSize * SAME_ROW)
    if (current.length > 0 && Math.abs(item.y - baseline) <= tolerance) current.push(item)
    else {
      if (current.length > 0) out.push(current)
      current = [item]
      baseline = item.y
    }
  }
  if (current.length > 0) out.push(current)
  return out.map((row) => row.sort((a, b) => a.x - b.x))
}

const isBlank = (s: string) => s.trim() === ''

/**
 * The x of the gutter between two columns, or null for a one-column page: the middle of the
 * widest band in the central part of the page that no text crosses on most rows while text
 * lies on both sides of it on many rows.
 */
export function findGutter(pageWidth: number, pageRows: readonly PdfTextItem[][]): number | null {
  if (pageRows.length < 6 || pageWidth <= 0) return null
  const from = Math.floor(pageWidth * 0.3)
  const to = Math.ceil(pageWidth * 0.7)
  // How many items cover each point of the central band: +1 where an item starts, −1 after it
  // ends, summed left to right (one pass per item, not one per point it covers).
  const delta = new Int32Array(to - from + 2)
  for (const row of pageRows) {
    for (const item of row) {
      if (isBlank(item.str)) continue
      const a = Math.max(from, Math.floor(item.x))
      const b = Math.min(to, Math.ceil(item.x + item.width))
      if (b < a) continue
      delta[a - from] = (delta[a - from] ?? 0) + 1
      delta[b - from + 1] = (delta[b - from + 1] ?? 0) - 1
    }
  }
  const crossing = new Array<number>(to - from + 1)
  let running = 0
  for (let i = 0; i < crossing.length; i++) {
    running += delta[i] ?? 0
    crossing[i] = running
  }
  // Rows crossing a gutter (titles, full-width tables) are allowed, but only a few.
  const limit = Math.max(1, Math.floor(pageRows.length * 0.15))
  let best: { start: number; end: number } | null = null
  let start = -1
  for (let i = 0; i <= crossing.length; i++) {
    const open = i < crossing.length && (crossing[i] ?? 0) <= limit
    if (open && start < 0) start = i
    if (!open && start >= 0) {
      if (!best || i - start > best.end - best.start) best = { start, end: i }
      start = -1
    }
  }
  if (!best || best.end - best.start < 4) return null
  const gutter = from + (best.start + best.end) / 2
  // Two columns means much text on each side of the gutter (the columns' baselines need not
  // line up: paragraph spacing shifts one against the other).
  let left = 0
  let right = 0
  for (const row of pageRows) {
    if (row.some((i) => !isBlank(i.str) && i.x + i.width <= gutter)) left++
    if (row.some((i) => !isBlank(i.str) && i.x >= gutter)) right++
  }
  const enough = pageRows.length * 0.25
  return left >= enough && right >= enough ? gutter : null
}

function lineOf(
  page: number,
  items: PdfTextItem[],
  column: 0 | 1 | 2,
  region: number
): PdfLine | null {
  const visible = items.filter((i) => !isBlank(i.str))
  if (visible.length === 0) return null
  let sizeWeight = 0
  let size = 0
  for (const i of visible) {
    sizeWeight += i.str.length
    size += i.fontSize * i.str.length
  }
  let x0 = Infinity
  let x1 = -Infinity
  for (const i of visible) {
    x0 = Math.min(x0, i.x)
    x1 = Math.max(x1, i.x + i.width)
  }
  return {
    page,
    items,
    text: items
      .map((i) => i.str)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
    x0,
    x1,
    y: visible[0]?.y ?? 0,
    fontSize: size / sizeWeight,
    column,
    region
  }
}

/** Whether no more than a few rows cross `x` on a page and some text lies right of it. */
function gutterFits(x: number, pageRows: readonly PdfTextItem[][]): boolean {
  let crossing = 0
  let right = 0
  for (const row of pageRows) {
    if (row.some((i) => !isBlank(i.str) && i.x < x && i.x + i.width > x)) crossing++
    if (row.some((i) => !isBlank(i.str) && i.x >= x)) right++
  }
  return crossing <= Math.max(1, Math.floor(pageRows.length * 0.15)) && right > 0
}

/** Each page's rows and the gutter between its columns, if it has two. */
export function pageLayouts(
  pages: readonly PdfPageText[]
): { rows: PdfTextItem[][]; gutter: number | null }[] {
  const out = pages.map((page) => {
    const pageRows = rows(page.items)
    return { rows: pageRows, gutter: findGutter(page.width, pageRows) }
  })
  // A page that is short of text (a report's last page, half a column long) has too little to
  // show its columns; it takes the gutter most other pages have, if no text crosses it there.
  const counts = new Map<number, number>()
  for (const p of out)
    if (p.gutter !== null)
      counts.set(Math.round(p.gutter), (counts.get(Math.round(p.gutter)) ?? 0) + 1)
  let common: number | null = null
  let most = 0
  for (const [g, n] of counts) if (n > most) [common, most] = [g, n]
  if (common !== null)
    for (const p of out)
      if (p.gutter === null && p.rows.length > 0 && gutterFits(common, p.rows)) p.gutter = common
  return out
}

/**
 * A page's lines in reading order: full-width lines where they stand, and between two of them
 * the left column read to its end before the right one.
 */
export function pageLines(
  page: number,
  pageRows: readonly PdfTextItem[][],
  gutter: number | null,
  firstRegion = 0
): PdfLine[] {
  const out: PdfLine[] = []
  let region = firstRegion
  if (gutter === null) {
    for (const row of pageRows) {
      const line = lineOf(page, row, 0, region)
      if (line) out.push(line)
    }
    return out
  }
  let left: PdfLine[] = []
  let right: PdfLine[] = []
  const flush = () => {
    if (left.length === 0 && right.length === 0) return
    out.push(...left, ...right)
    left = []
    right = []
    region++
  }
  for (const row of pageRows) {
    const spans = row.some((i) => !isBlank(i.str) && i.x < gutter && i.x + i.width > gutter)
    if (spans) {
      flush()
      const line = lineOf(page, row, 0, region)
      if (line) out.push(line)
      region++
      continue
    }
    const l = lineOf(
      page,
      row.filter((i) => i.x + i.width / 2 < gutter),
      1,
      region
    )
    const r = lineOf(
      page,
      row.filter((i) => i.x + i.width / 2 >= gutter),
      2,
      region
    )
    if (l) left.push(l)
    if (r) right.push(r)
  }
  flush()
  return out
}
