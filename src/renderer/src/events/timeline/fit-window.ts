/** One timeline item as the fit sees it: where it starts and ends (ms) and its label's width. */
export interface ItemExtent {
  start: number
  /** The end of a week or month span; null for an event known to the day. */
  end: number | null
  /** How far the item reaches right of its start, in pixels, whatever the zoom (its label). */
  labelPx: number
}

export interface FitOptions {
  /** The timeline's width in pixels. */
  width: number
  /** Room kept left of the earliest item (a dot's radius, half a centred cluster box). */
  leftPx: number
  /** Room kept right of the item reaching furthest. */
  rightPx: number
  /** The narrowest window allowed (the timeline's zoomMin), in ms. */
  minSpan: number
}

/**
 * The window that shows every item whole: the earliest item `leftPx` from the left edge, and
 * every item's end and label inside the right edge. A label keeps its width in pixels at any
 * zoom, so a margin in time (the old 4 %) left the labels of the last events cut at the edge.
 * With the window [s, s + D] over W pixels, an item starting t after the earliest one and
 * reaching w pixels right fits when t·W/D + left + w + right ≤ W, that is
 * D ≥ t·W / (W − left − right − w); the window is the largest of these. A label wider than the
 * room there is can never fit: it is counted at most at 80 % of it (it is drawn wrapped, see
 * `labelMaxWidth`). Null for no items.
 */
export function fitWindow(
  items: Iterable<ItemExtent>,
  options: FitOptions
): { start: number; end: number } | null {
  const { width, leftPx, rightPx, minSpan } = options
  const list = [...items]
  if (list.length === 0 || width <= 0) return null
  const first = Math.min(...list.map((i) => i.start))
  const room = Math.max(1, width - leftPx - rightPx)
  let span = minSpan
  for (const item of list) {
    const reach = Math.min(item.labelPx, 0.8 * room)
    span = Math.max(span, ((item.start - first) * width) / (room - reach))
    if (item.end !== null) span = Math.max(span, ((item.end - first) * width) / room)
  }
  const start = first - (leftPx * span) / width
  return { start, end: start + span }
}

/** The widest a label is drawn in a timeline `width` pixels wide (wider ones wrap). */
export const labelMaxWidth = (width: number): number =>
  Math.round(Math.max(80, Math.min(220, width * 0.45)))
