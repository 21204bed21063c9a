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
  /** Below this zoom labels are not drawn at all (cytoscape's min-zoomed-font-size / font size). */
  labelMinZoom: number
}

interface Extent {
  x1: number
  y1: number
  x2: number
  y2: number
}

function extent(nodes: readonly NodeExtent[], o: ViewportOptions, labels: boolean): Extent {
  const e = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity }
  for (const n of nodes) {
    const half = labels ? Math.max(n.r, n.labelWidth / 2) : n.r
    e.x1 = Math.min(e.x1, n.x - half)
    e.x2 = Math.max(e.x2, n.x + half)
    e.y1 = Math.min(e.y1, n.y - n.r)
    e.y2 = Math.max(e.y2, n.y + n.r + (labels ? o.labelGap + o.labelHeight : 0))
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
 * cut at the pane's edge.) When the zoom that fits the labels is too small for them to be drawn,
 * the nodes alone are fitted, at a zoom just under the one where labels appear: no label is drawn
 * at all rather than a cut one. Null when there is nothing to show or no room.
 */
export function fitViewport(
  nodes: readonly NodeExtent[],
  o: ViewportOptions
): { zoom: number; pan: { x: number; y: number } } | null {
  if (nodes.length === 0 || o.width <= 0 || o.height <= 0) return null
  let e = extent(nodes, o, true)
  let zoom = zoomFor(e, o)
  if (zoom < o.labelMinZoom) {
    e = extent(nodes, o, false)
    zoom = Math.min(zoomFor(e, o), o.labelMinZoom * 0.999)
  }
  return {
    zoom,
    pan: { x: (o.width - zoom * (e.x1 + e.x2)) / 2, y: (o.height - zoom * (e.y1 + e.y2)) / 2 }
  }
}
