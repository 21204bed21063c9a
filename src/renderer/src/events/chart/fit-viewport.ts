/** An actor as the fit sees it: its centre, its radius and its label's width (model units). */
export interface NodeExtent {
  x: number
  y: number
  r: number
  labelWidth: number
}

export interface ViewportOptions {
  width: number
  height: number
  padding: number
  minZoom: number
  maxZoom: number
  /** Labels are drawn below the node: their height and the gap above them (model units). */
  labelHeight: number
  labelGap: number
}

interface Extent {
  x1: number
  y1: number
  x2: number
  y2: number
}

function extent(nodes: readonly NodeExtent[], o: ViewportOptions): Extent {
  const e = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity }
  for (const n of nodes) {
    const half = Math.max(n.r, n.labelWidth / 2)
    e.x1 = Math.min(e.x1, n.x - half)
    e.x2 = Math.max(e.x2, n.x + half)
    e.y1 = Math.min(e.y1, n.y - n.r)
    e.y2 = Math.max(e.y2, n.y + n.r + o.labelGap + o.labelHeight)
  }
  return e
}

function zoomFor(e: Extent, o: ViewportOptions): number {
  const z = Math.min(
    (o.width - 2 * o.padding) / Math.max(e.x2 - e.x1, 1),
    (o.height - 2 * o.padding) / Math.max(e.y2 - e.y1, 1)
  )
  return Math.min(o.maxZoom, Math.max(o.minZoom, z))
}

/**
 * The zoom and pan that show every actor and every label drawn, inside the pane with `padding`
 * to spare. Labels keep their size in model units, so the box with labels scales with the zoom
 * like the nodes do. (The old fit counted the nodes only, and a label wider than its node was
 * cut at the pane's edge.) Labels are counted even at zooms where cytoscape may leave them out
 * (min-zoomed-font-size): it decides on the device's pixels, so they are drawn on some screens
 * at zooms where they would not be on others. Null when there is nothing to show or no room.
 */
export function fitViewport(
  nodes: readonly NodeExtent[],
  o: ViewportOptions
): { zoom: number; pan: { x: number; y: number } } | null {
  if (nodes.length === 0 || o.width <= 0 || o.height <= 0) return null
  const e = extent(nodes, o)
  const zoom = zoomFor(e, o)
  return {
    zoom,
    pan: { x: (o.width - zoom * (e.x1 + e.x2)) / 2, y: (o.height - zoom * (e.y1 + e.y2)) / 2 }
  }
}
