import cytoscape from 'cytoscape'
import { COSE_OPTIONS, type LayoutRequest, type LayoutResult } from './layout-protocol'

/**
 * Runs cytoscape's cose layout on a headless instance and returns the node positions. Used by
 * the layout worker, off the main thread: at a few hundred actors cose takes hundreds of
 * milliseconds, which the page must not wait for.
 */
export function runCoseLayout(request: LayoutRequest): LayoutResult {
  const t0 = performance.now()
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...request.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, size: n.size },
        position: request.start?.[n.id] ?? { x: 0, y: 0 }
      })),
      ...request.edges.map((e) => ({
        group: 'edges' as const,
        data: { id: e.id, source: e.source, target: e.target }
      }))
    ]
  })
  if (!request.start) {
    cy.layout({
      name: 'concentric',
      animate: false,
      fit: false,
      minNodeSpacing: 20,
      concentric: (node: cytoscape.NodeSingular) => node.degree(false)
    }).run()
  }
  cy.layout({ ...COSE_OPTIONS, randomize: false }).run()
  const positions: LayoutResult['positions'] = {}
  cy.nodes().forEach((node) => {
    const { x, y } = node.position()
    positions[node.id()] = { x, y }
  })
  cy.destroy()
  return { id: request.id, positions, ms: performance.now() - t0 }
}
