import { describe, expect, it } from 'vitest'
import { fitViewport, type NodeExtent, type ViewportOptions } from './fit-viewport'

const o: ViewportOptions = {
  width: 400,
  height: 300,
  padding: 24,
  minZoom: 0.05,
  maxZoom: 4,
  labelHeight: 14,
  labelGap: 3
}

/** The screen boxes of each node and its label under a viewport. */
function drawn(nodes: NodeExtent[], v: { zoom: number; pan: { x: number; y: number } }) {
  return nodes.map((n) => {
    const half = Math.max(n.r, n.labelWidth / 2)
    return {
      x1: v.pan.x + v.zoom * (n.x - half),
      x2: v.pan.x + v.zoom * (n.x + half),
      y1: v.pan.y + v.zoom * (n.y - n.r),
      y2: v.pan.y + v.zoom * (n.y + n.r + o.labelGap + o.labelHeight)
    }
  })
}

describe('fitViewport', () => {
  it('keeps the long label of an actor at the edge inside the pane', () => {
    const nodes = [
      { x: 0, y: 0, r: 8, labelWidth: 40 },
      { x: 120, y: 40, r: 8, labelWidth: 190 }
    ]
    const v = fitViewport(nodes, o)!
    for (const b of drawn(nodes, v)) {
      expect(b.x1).toBeGreaterThanOrEqual(o.padding - 1e-6)
      expect(b.x2).toBeLessThanOrEqual(o.width - o.padding + 1e-6)
      expect(b.y1).toBeGreaterThanOrEqual(o.padding - 1e-6)
      expect(b.y2).toBeLessThanOrEqual(o.height - o.padding + 1e-6)
    }
  })

  it('zooms out as far as the labels need, however small', () => {
    const nodes = [
      { x: 0, y: 0, r: 8, labelWidth: 200 },
      { x: 600, y: 0, r: 8, labelWidth: 200 }
    ]
    const v = fitViewport(nodes, o)!
    for (const b of drawn(nodes, v)) {
      expect(b.x1).toBeGreaterThanOrEqual(o.padding - 1e-6)
      expect(b.x2).toBeLessThanOrEqual(o.width - o.padding + 1e-6)
    }
  })

  it('shows nothing without actors or room', () => {
    expect(fitViewport([], o)).toBeNull()
    expect(fitViewport([{ x: 0, y: 0, r: 5, labelWidth: 10 }], { ...o, width: 0 })).toBeNull()
  })
})
