/** Messages between the chart and its layout worker. */
export interface LayoutRequest {
  id: number
  nodes: { id: string; size: number }[]
  edges: { id: string; source: string; target: string }[]
  /** Positions to start from (nodes already on screen); when missing, a concentric start. */
  start: Record<string, { x: number; y: number }> | null
}

export interface LayoutResult {
  id: number
  positions: Record<string, { x: number; y: number }>
  ms: number
}

/**
 * cytoscape's `cose` force-directed layout, not animated. These values spread a few hundred
 * actors legibly; with `coolingFactor` 0.95 from `initialTemp` 200 it settles in about 100
 * iterations instead of cose's default ~700.
 */
export const COSE_OPTIONS = {
  name: 'cose',
  animate: false,
  fit: false,
  nodeDimensionsIncludeLabels: false,
  nodeRepulsion: () => 400_000,
  idealEdgeLength: () => 90,
  edgeElasticity: () => 100,
  nestingFactor: 1.2,
  gravity: 80,
  numIter: 1000,
  initialTemp: 200,
  coolingFactor: 0.95,
  minTemp: 1.0,
  componentSpacing: 60
} as const
