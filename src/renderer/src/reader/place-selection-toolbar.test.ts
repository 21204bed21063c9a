import { describe, expect, it } from 'vitest'
import { placeSelectionToolbar, type Box } from './place-selection-toolbar'

const pane: Box = { top: 80, left: 240, right: 840, bottom: 900 }
const size = { width: 330, height: 36 }
const line = (top: number, left = 300, right = 700): Box => ({ top, left, right, bottom: top + 20 })
const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
const boxAt = (p: { top: number; left: number }): Box => ({
  ...p,
  right: p.left + size.width,
  bottom: p.top + size.height
})

describe('placeSelectionToolbar', () => {
  it('goes under the selection, clear of it and of the line above', () => {
    const selection = [line(300), line(326, 255, 500)]
    const at = boxAt(placeSelectionToolbar({ selection, lineHeight: 26, bounds: pane, size }))
    for (const r of [...selection, { ...line(274), left: pane.left, right: pane.right }])
      expect(overlaps(at, r)).toBe(false)
    expect(at.top).toBe(346 + 8)
    expect(at.left).toBe(300)
  })

  it('goes above the line above when there is no room under the selection', () => {
    const selection = [line(850)]
    const p = placeSelectionToolbar({ selection, lineHeight: 26, bounds: pane, size })
    expect(p.top).toBe(850 - 26 - 8 - 36)
    expect(overlaps(boxAt(p), { top: 824, bottom: 850, left: pane.left, right: pane.right })).toBe(
      false
    )
  })

  it('stays inside the pane at its right edge (the old one ran into the next pane)', () => {
    const p = placeSelectionToolbar({
      selection: [line(300, 700, 830)],
      lineHeight: 26,
      bounds: pane,
      size
    })
    expect(p.left + size.width).toBeLessThanOrEqual(pane.right)
    expect(p.left).toBe(pane.right - 8 - size.width)
  })

  it('stays inside the pane when the selection is taller than the pane', () => {
    const selection = [line(20), line(500), line(960)]
    const p = placeSelectionToolbar({ selection, lineHeight: 26, bounds: pane, size })
    expect(p.top).toBeGreaterThanOrEqual(pane.top)
    expect(p.top + size.height).toBeLessThanOrEqual(pane.bottom)
  })

  it('never starts left of the pane, even when the pane is narrower than the toolbar', () => {
    const narrow = { ...pane, right: pane.left + 200 }
    const p = placeSelectionToolbar({
      selection: [line(300, 250, 400)],
      lineHeight: 26,
      bounds: narrow,
      size
    })
    expect(p.left).toBe(narrow.left + 8)
  })
})
