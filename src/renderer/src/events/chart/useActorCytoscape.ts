import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import cytoscape from 'cytoscape'
import type { ActorGraph } from '@core/event-views/actor-graph'
import { chartStyle, edgeColours, LABEL_GAP, LABEL_SIZE, nodeColours } from './chart-style'
import { fitViewport, type NodeExtent } from './fit-viewport'
import type { LayoutRequest, LayoutResult } from './layout-protocol'
import type { ChartColours } from './useThemeColours'
import { nextChunkSize } from '../timeline/chunk-size'

type Position = { x: number; y: number }

/** Elements added to the chart in the first task while it fills; later tasks adapt (see `apply`). */
const FIRST_CHUNK = 20
/** Elements recoloured in the first task of a theme switch; later tasks adapt. */
const THEME_FIRST_CHUNK = 60
const PADDING = 24

/** Node diameter grows with the square root of its events, so area tracks the count. */
export const nodeSize = (eventCount: number): number => Math.min(56, 10 + 4 * Math.sqrt(eventCount))
/** Edge width grows with the log of its events: 1 event → 1.5 px, 8 → 6, capped at 10. */
export const edgeWidth = (eventCount: number): number =>
  Math.min(10, 1.5 + 1.5 * Math.log2(eventCount))

/**
 * Init options tuned for a few hundred nodes and edges: no motion blur; no box selection; the
 * layout is computed off the main thread (see below), so the instance starts with `preset`
 * positions. `textureOnViewport` is left OFF on purpose: it redraws the whole graph into a
 * texture when each pan or zoom starts, and with one wheel notch at a time that extra full
 * draw made the longest frames longer (A/B in our harness, longest cytoscape draw per run: 54–113 ms with it, 34–59 ms without).
 */
export const CYTOSCAPE_OPTIONS: cytoscape.CytoscapeOptions = {
  layout: { name: 'preset' },
  minZoom: 0.05,
  maxZoom: 4,
  textureOnViewport: false,
  motionBlur: false,
  boxSelectionEnabled: false,
  selectionType: 'single'
}

/** The set of node and edge ids, order-independent: equal keys need no new layout. */
function structureKey(graph: ActorGraph): string {
  return [...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)].sort().join('\n')
}

function nodeData(n: ActorGraph['nodes'][number], c: ChartColours): Record<string, unknown> {
  const solo = n.soloEventIds.length
  return {
    id: n.id,
    label: n.label,
    display: solo > 0 ? `${n.label} (+${solo})` : n.label,
    inter: n.inter ?? 0,
    size: nodeSize(n.eventCount),
    solo,
    count: n.eventCount,
    ...nodeColours(c, n.inter)
  }
}

function edgeData(e: ActorGraph['edges'][number], c: ChartColours): Record<string, unknown> {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    kind: e.kind,
    count: e.eventIds.length,
    width: edgeWidth(e.eventIds.length),
    ...edgeColours(c)
  }
}

function createLayoutWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('./actor-layout.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
}

export interface ActorCytoscape {
  /** True while a layout for the current actors and links is being computed or drawn. */
  layingOut: boolean
  /** The layout on screen: `cose` (from the worker) or `concentric` (fallback); null before. */
  layout: 'cose' | 'concentric' | null
  fit: () => void
}

/**
 * One cytoscape instance in `containerRef` for the component's lifetime (destroyed on unmount).
 *
 * When the set of actors or links changes, cytoscape's `cose` layout runs in a Web Worker on a
 * headless cytoscape (hundreds of ms at 300 actors, which the main thread must not spend); the
 * positions come back and the elements are added in chunks of about 8 ms of work, one task each.
 * Actors already on screen start from where they are, so an edit does not reshuffle the picture. When only counts change, the data is
 * updated in place. Without workers (tests, odd hosts), cytoscape's `concentric` layout runs on
 * the main thread instead: it is linear and fast.
 */
export function useActorCytoscape(
  containerRef: RefObject<HTMLDivElement | null>,
  graph: ActorGraph,
  colours: ChartColours,
  onSelectEdge: (eventIds: string[]) => void,
  onSelectNode: ((actorName: string) => void) | undefined
): ActorCytoscape {
  const cyRef = useRef<cytoscape.Core | null>(null)
  /** Whether the view is still the fitted one (no pan or zoom by the user since). */
  const fittedRef = useRef(true)
  const fittingRef = useRef(false)
  /** Fits the chart to its pane as it is now (cytoscape's cached size read again first). */
  const fitNow = useCallback(
    (cy: cytoscape.Core, graph: ActorGraph, positions: Record<string, Position> | null): void => {
      fittingRef.current = true
      try {
        cy.resize()
        fitTo(cy, graph, positions)
      } finally {
        fittingRef.current = false
      }
      fittedRef.current = true
    },
    []
  )
  const workerRef = useRef<Worker | null>(null)
  const requestRef = useRef(0)
  const graphRef = useRef(graph)
  const coloursRef = useRef(colours)
  const handlersRef = useRef({ onSelectEdge, onSelectNode })
  const [laidOutKey, setLaidOutKey] = useState<string | null>(null)
  const [layout, setLayout] = useState<ActorCytoscape['layout']>(null)
  const key = useMemo(() => structureKey(graph), [graph])

  useEffect(() => {
    handlersRef.current = { onSelectEdge, onSelectNode }
  }, [onSelectEdge, onSelectNode])

  // The instance is created in a task of its own, after the one that mounts the pane.
  const [instance, setInstance] = useState(0)
  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    let cy: cytoscape.Core | null = null
    let frame = 0
    let resize: ResizeObserver | null = null
    const timer = setTimeout(() => {
      const core = cytoscape({
        ...CYTOSCAPE_OPTIONS,
        container,
        style: chartStyle()
      })
      // A pan or zoom by the user keeps its view on resizing; one of ours does not count.
      core.on('viewport', () => {
        if (!fittingRef.current) fittedRef.current = false
      })
      core.on('tap', 'edge', (event) => {
        const edge = graphRef.current.edges.find((e) => e.id === event.target.id())
        if (edge) handlersRef.current.onSelectEdge(edge.eventIds)
      })
      core.on('tap', 'node', (event) => {
        const node = graphRef.current.nodes.find((n) => n.id === event.target.id())
        if (!node) return
        const { onSelectNode: selectNode, onSelectEdge: selectEdges } = handlersRef.current
        if (selectNode) selectNode(node.label)
        else selectEdges(node.eventIds)
      })
      let wasEmpty = container.clientWidth === 0 || container.clientHeight === 0
      resize = new ResizeObserver(() => {
        cancelAnimationFrame(frame)
        frame = requestAnimationFrame(() => {
          core.resize()
          const empty = container.clientWidth === 0 || container.clientHeight === 0
          // Shown at last, or resized while still fitted: fit again to the new size.
          if ((wasEmpty || fittedRef.current) && !empty) fitNow(core, graphRef.current, null)
          wasEmpty = empty
        })
      })
      resize.observe(container)
      cy = core
      cyRef.current = core
      setInstance((n) => n + 1)
    }, 0)
    return () => {
      clearTimeout(timer)
      cancelAnimationFrame(frame)
      resize?.disconnect()
      workerRef.current?.terminate()
      workerRef.current = null
      cy?.destroy()
      cyRef.current = null
    }
  }, [containerRef, fitNow])

  // A theme switch rewrites the colour fields of the elements' data, in chunks, one task each
  // after the frame that drew the previous one. Cytoscape restyles a changed element and redraws
  // its cached picture in the next frame; chunks sent back to back all land in one frame (45–66 ms
  // of CPU at 2,000 events in our harness). So each chunk's style is computed in its own task
  // (reading a style property applies a pending one), and the frame then only redraws the chunk.
  useEffect(() => {
    if (coloursRef.current === colours) return
    coloursRef.current = colours
    const cy = cyRef.current
    if (!cy) return
    const elements = cy.elements().toArray()
    const inters = new Map(graphRef.current.nodes.map((n) => [n.id, n.inter]))
    let next = 0
    let size = THEME_FIRST_CHUNK
    let timer: ReturnType<typeof setTimeout> | null = null
    let frame = 0
    const step = (): void => {
      timer = null
      const t0 = performance.now()
      const chunk = elements.slice(next, next + size).filter((el) => !el.removed())
      cy.batch(() => {
        for (const el of chunk)
          el.data(
            el.isNode() ? nodeColours(colours, inters.get(el.id()) ?? null) : edgeColours(colours)
          )
      })
      for (const el of chunk) el.style('opacity')
      next += size
      // Half the budget: the frame that redraws the chunk costs about as much again.
      size = nextChunkSize(size, performance.now() - t0, { budget: 8, min: 20, max: 300 })
      if (next < elements.length)
        frame = requestAnimationFrame(() => {
          timer = setTimeout(step, 0)
        })
    }
    step()
    return () => {
      if (timer !== null) clearTimeout(timer)
      cancelAnimationFrame(frame)
    }
  }, [colours])

  useEffect(() => {
    graphRef.current = graph
    const cy = cyRef.current
    if (!cy) return
    const wanted = new Set<string>([
      ...graph.nodes.map((n) => n.id),
      ...graph.edges.map((e) => e.id)
    ])
    const shown = cy.elements()
    const sameStructure =
      shown.length === wanted.size &&
      shown.filter((el: cytoscape.SingularElementArgument) => wanted.has(el.id())).length ===
        wanted.size
    if (sameStructure) {
      requestRef.current++ // a layout still pending is for another structure: drop it
      cy.batch(() => {
        for (const n of graph.nodes) cy.getElementById(n.id).data(nodeData(n, coloursRef.current))
        for (const e of graph.edges) cy.getElementById(e.id).data(edgeData(e, coloursRef.current))
      })
      return
    }

    const id = ++requestRef.current
    let timer: ReturnType<typeof setTimeout> | null = null
    let frame = 0
    const current = (): boolean => id === requestRef.current && cyRef.current === cy

    /**
     * Puts the laid-out graph on screen. New elements are added in chunks, nodes first, each
     * chunk in its own task after the frame that drew the previous one: cytoscape computes the
     * style of an element and caches its drawing the first time it draws it, which for a
     * thousand elements at once is a long task.
     */
    const apply = (positions: Record<string, Position> | null): void => {
      if (!current()) return
      const added: cytoscape.ElementDefinition[] = []
      cy.batch(() => {
        cy.elements()
          .filter((el: cytoscape.SingularElementArgument) => !wanted.has(el.id()))
          .remove()
        for (const n of graph.nodes) {
          const existing = cy.getElementById(n.id)
          const position = positions?.[n.id]
          if (existing.nonempty()) {
            existing.data(nodeData(n, coloursRef.current))
            if (position) existing.position(position)
          } else {
            added.push({
              group: 'nodes',
              data: nodeData(n, coloursRef.current),
              position: position ?? { x: 0, y: 0 }
            })
          }
        }
        for (const e of graph.edges) {
          const existing = cy.getElementById(e.id)
          if (existing.nonempty()) existing.data(edgeData(e, coloursRef.current))
          else added.push({ group: 'edges', data: edgeData(e, coloursRef.current) })
        }
      })
      if (positions) fitNow(cy, graph, positions)
      let next = 0
      let size = FIRST_CHUNK
      const step = (): void => {
        timer = null
        if (!current()) return
        const t0 = performance.now()
        // Computing the chunk's style and size here, in this task, leaves the frame that draws
        // it only the drawing.
        const chunk = added.slice(next, next + size)
        cy.add(chunk).boundingBox({})
        next += chunk.length
        // Half the budget: the frame that draws the chunk costs about as much again.
        size = nextChunkSize(size, performance.now() - t0, { budget: 8, min: 10, max: 300 })
        if (next < added.length) {
          frame = requestAnimationFrame(() => {
            timer = setTimeout(step, 0)
          })
          return
        }
        if (!positions) {
          cy.layout({
            name: 'concentric',
            animate: false,
            fit: false,
            minNodeSpacing: 12,
            concentric: (node: cytoscape.NodeSingular) => node.degree(false)
          }).run()
          fitNow(cy, graph, null)
        }
        setLaidOutKey(key)
        setLayout(positions ? 'cose' : 'concentric')
      }
      step()
    }

    if (!workerRef.current) workerRef.current = createLayoutWorker()
    const worker = workerRef.current
    if (!worker) {
      apply(null)
      return () => {
        if (timer !== null) clearTimeout(timer)
        cancelAnimationFrame(frame)
      }
    }
    const request: LayoutRequest = {
      id,
      nodes: graph.nodes.map((n) => ({ id: n.id, size: nodeSize(n.eventCount) })),
      edges: graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
      start: startPositions(cy, graph)
    }
    const onMessage = (event: MessageEvent<LayoutResult>): void => {
      if (event.data.id !== id) return
      apply(event.data.positions)
    }
    const onError = (): void => {
      // The worker could not start or crashed: lay out on the main thread, without it.
      worker.terminate()
      if (workerRef.current === worker) workerRef.current = null
      apply(null)
    }
    worker.addEventListener('message', onMessage)
    worker.addEventListener('error', onError)
    worker.postMessage(request)
    return () => {
      worker.removeEventListener('message', onMessage)
      worker.removeEventListener('error', onError)
      if (timer !== null) clearTimeout(timer)
      cancelAnimationFrame(frame)
    }
  }, [graph, key, instance, fitNow])

  const fit = useCallback(() => {
    const cy = cyRef.current
    if (cy) fitNow(cy, graphRef.current, null)
  }, [fitNow])
  return { layingOut: laidOutKey !== key && graph.nodes.length > 0, layout, fit }
}

/** The label font of `chartStyle` and its outline: labels are measured in it. */
const LABEL_FONT = '10px system-ui, sans-serif'
const LABEL_OUTLINE = 2
let measuring: CanvasRenderingContext2D | null = null
function labelWidth(text: string): number {
  measuring ??= document.createElement('canvas').getContext('2d')
  if (!measuring) return text.length * 6 + 2 * LABEL_OUTLINE
  measuring.font = LABEL_FONT
  return measuring.measureText(text).width + 2 * LABEL_OUTLINE
}

/**
 * Zooms and pans so every actor and every label drawn shows inside the pane (`fitViewport`),
 * from the positions and the labels' text measured on a canvas. (`cy.fit()` would first compute
 * the style and label size of every element, a long task while the chart is still filling.)
 */
function fitTo(
  cy: cytoscape.Core,
  graph: ActorGraph,
  positions: Record<string, Position> | null
): void {
  const nodes: NodeExtent[] = []
  for (const n of graph.nodes) {
    const element = cy.getElementById(n.id)
    // An actor not on the chart yet (still being added) has no position to fit.
    const p = positions?.[n.id] ?? (element.nonempty() ? element.position() : null)
    if (!p) continue
    const solo = n.soloEventIds.length
    nodes.push({
      x: p.x,
      y: p.y,
      r: nodeSize(n.eventCount) / 2,
      labelWidth: labelWidth(solo > 0 ? `${n.label} (+${solo})` : n.label)
    })
  }
  const viewport = fitViewport(nodes, {
    width: cy.width(),
    height: cy.height(),
    padding: PADDING,
    minZoom: cy.minZoom(),
    maxZoom: cy.maxZoom(),
    labelGap: LABEL_GAP,
    labelHeight: LABEL_SIZE * 1.25 + 2 * LABEL_OUTLINE
  })
  if (viewport) cy.viewport(viewport)
}

/**
 * Where each actor starts in the next layout: where it is now; a new actor next to an actor it is
 * linked to that is already on screen. Null when nothing is on screen yet (the worker then starts
 * from a concentric arrangement).
 */
function startPositions(cy: cytoscape.Core, graph: ActorGraph): Record<string, Position> | null {
  if (cy.nodes().empty()) return null
  const start: Record<string, Position> = {}
  cy.nodes().forEach((node) => {
    start[node.id()] = { ...node.position() }
  })
  const extent = cy.nodes().boundingBox({})
  const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 }
  let placed = 0
  for (const n of graph.nodes) {
    if (start[n.id]) continue
    const link = graph.edges.find(
      (e) => (e.source === n.id && start[e.target]) || (e.target === n.id && start[e.source])
    )
    const anchor = link
      ? (start[link.source === n.id ? link.target : link.source] ?? centre)
      : centre
    const angle = placed++ * 2.399963 // the golden angle: new actors fan out, never coincide
    start[n.id] = { x: anchor.x + 40 * Math.cos(angle), y: anchor.y + 40 * Math.sin(angle) }
  }
  return start
}
