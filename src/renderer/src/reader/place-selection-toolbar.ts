/** A box in window coordinates (a DOMRect's sides). */
export interface Box {
  top: number
  left: number
  right: number
  bottom: number
}

export interface ToolbarPlacementInput {
  /** The selection's client rects (one per line or run of text). */
  selection: readonly Box[]
  /** The reader's line pitch: the line above the selection is kept clear too. */
  lineHeight: number
  /** The reader pane's visible box: the toolbar stays inside it. */
  bounds: Box
  /** The toolbar's own size. */
  size: { width: number; height: number }
  /** Space kept between the toolbar and the text or the pane's edge. */
  gap?: number
}

/**
 * Where the selection toolbar goes: under the selection when there is room in the pane, else
 * above the line above the selection, so neither the selected words nor the line above them are
 * covered; left-aligned with the selection's start, clamped inside the pane (it used to sit 46 px
 * above the selection, over the line above, and run into the next pane at the right edge). With
 * no room either side (a selection taller than the pane), it takes the side with more room,
 * clamped inside the pane.
 */
export function placeSelectionToolbar(input: ToolbarPlacementInput): { top: number; left: number } {
  const { selection, lineHeight, bounds, size } = input
  const gap = input.gap ?? 8
  const first = selection[0] ?? {
    top: bounds.top,
    left: bounds.left,
    right: bounds.left,
    bottom: bounds.top
  }
  const top = Math.min(...selection.map((r) => r.top), first.top)
  const bottom = Math.max(...selection.map((r) => r.bottom), first.bottom)
  const below = bottom + gap
  const above = top - lineHeight - gap - size.height
  const minTop = bounds.top + gap
  const maxTop = bounds.bottom - gap - size.height
  let y: number
  if (below <= maxTop) y = below
  else if (above >= minTop) y = above
  else y = bounds.bottom - bottom >= top - bounds.top ? below : above
  const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(v, hi))
  return {
    top: clamp(y, minTop, Math.max(minTop, maxTop)),
    left: clamp(
      first.left,
      bounds.left + gap,
      Math.max(bounds.left + gap, bounds.right - gap - size.width)
    )
  }
}
