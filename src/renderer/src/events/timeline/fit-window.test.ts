import { describe, expect, it } from 'vitest'
import { fitWindow, labelMaxWidth, type ItemExtent } from './fit-window'

const DAY = 86_400_000
const options = { width: 300, leftPx: 40, rightPx: 8, minSpan: 3 * DAY }
/** Where an item's start and right edge land, in pixels, in a window. */
const pixels = (w: { start: number; end: number }, item: ItemExtent, width: number) => {
  const x = ((item.start - w.start) / (w.end - w.start)) * width
  const end = item.end === null ? x : ((item.end - w.start) / (w.end - w.start)) * width
  return { x, right: Math.max(end, x + item.labelPx) }
}

describe('fitWindow', () => {
  it('keeps every label inside the right edge (a margin in time cut the last ones)', () => {
    const items: ItemExtent[] = [
      { start: 0, end: null, labelPx: 120 },
      { start: 400 * DAY, end: null, labelPx: 60 },
      { start: 1000 * DAY, end: null, labelPx: 150 }
    ]
    const w = fitWindow(items, options)!
    for (const item of items) {
      const p = pixels(w, item, options.width)
      expect(p.x).toBeGreaterThanOrEqual(options.leftPx - 1e-6)
      expect(p.right).toBeLessThanOrEqual(options.width - options.rightPx + 1e-6)
    }
    // Tight: the last label ends exactly at the right margin.
    expect(pixels(w, items[2]!, 300).right).toBeCloseTo(300 - 8, 6)
  })

  it('keeps the end of a week or month span inside', () => {
    const items: ItemExtent[] = [
      { start: 0, end: null, labelPx: 10 },
      { start: 100 * DAY, end: 130 * DAY, labelPx: 10 }
    ]
    const w = fitWindow(items, options)!
    expect(pixels(w, items[1]!, 300).right).toBeLessThanOrEqual(292 + 1e-6)
  })

  it('gives one event the narrowest window, its label inside', () => {
    const item = { start: 50 * DAY, end: null, labelPx: 100 }
    const w = fitWindow([item], options)!
    expect(w.end - w.start).toBe(3 * DAY)
    expect(pixels(w, item, 300).x).toBeCloseTo(40, 6)
  })

  it('caps a label wider than the pane instead of zooming out forever', () => {
    const w = fitWindow(
      [
        { start: 0, end: null, labelPx: 10 },
        { start: DAY * 10, end: null, labelPx: 5000 }
      ],
      options
    )!
    expect(Number.isFinite(w.end)).toBe(true)
  })

  it('has nothing to fit without items', () => {
    expect(fitWindow([], options)).toBeNull()
  })

  it('draws labels at most 45 % of the width, between 80 and 220 px', () => {
    expect(labelMaxWidth(264)).toBe(119)
    expect(labelMaxWidth(100)).toBe(80)
    expect(labelMaxWidth(1200)).toBe(220)
  })
})
