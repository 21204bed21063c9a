import { useCallback, useEffect, useRef, type RefObject } from 'react'
// The esnext builds: the peer builds route every Set, Map and array method through core-js
// polyfills (the polyfilled Set took a fifth of the costliest mount task in our profile) and
// add 177 kB to the bundle.
import { DataSet } from 'vis-data/esnext'
import { Timeline, type DataItem, type IdType, type TimelineOptions } from 'vis-timeline/esnext'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'
import type { TimelineItem } from '@core/event-views/timeline-items'
import { nextChunkSize } from './chunk-size'
import { fitWindow, labelMaxWidth, type ItemExtent } from './fit-window'
import { speedUpClustering } from './speed-up-clustering'

/** What vis-timeline is given for one item: the mapper's item with its text escaped. */
interface VisItem extends DataItem {
  id: string
  /** Local midnight, in ms: numbers are the one date form vis-timeline converts cheaply. */
  start: number
  end?: number
  type: 'point' | 'range'
  content: string
  title: string
  className: string
}

const DAY = 24 * 60 * 60 * 1000

/**
 * Options tuned for a few thousand items: items that crowd each other at the current zoom are
 * clustered into one "n events" box (vis-timeline 8's `cluster`), so a redraw lays out tens of
 * elements instead of thousands; no current-time bar (its per-second tick redraws); no editing;
 * no `autoResize` (it polls the size every second and its first poll redraws everything): a
 * ResizeObserver redraws on a real change of size instead.
 */
export const TIMELINE_OPTIONS: TimelineOptions = {
  height: '100%',
  autoResize: false,
  stack: true,
  selectable: true,
  multiselect: false,
  editable: false,
  showCurrentTime: false,
  verticalScroll: true,
  zoomMin: 3 * DAY,
  zoomMax: 50 * 365 * DAY,
  margin: { axis: 6, item: { horizontal: 2, vertical: 4 } },
  tooltip: { followMouse: false, overflowMethod: 'cap', delay: 400 },
  // Its HTML filter keeps only <wbr> (our texts are escaped first: the break after each slash)
  // and the titled <div> vis-timeline writes into a cluster's box.
  xss: { disabled: false, filterOptions: { whiteList: { wbr: [], div: ['title'] } } },
  cluster: {
    maxItems: 3,
    // plural-ok: a cluster holds two events or more.
    titleTemplate: '{count} events: double-click to zoom in',
    showStipes: true,
    fitOnDoubleClick: true
  }
}

/** Items handed to vis-timeline in the first task of a large change; later tasks adapt. */
const FIRST_CHUNK = 50
/** Changes above this many items are applied while the timeline looks away (see `park`). */
const OUT_OF_SIGHT = 100

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}
/** vis-timeline writes content and titles as HTML: every text we pass is escaped first. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

/** `YYYY-MM-DD` (already validated by the mapper) → local midnight in ms. */
function localDay(iso: string): number {
  return new Date(
    Number(iso.slice(0, 4)),
    Number(iso.slice(5, 7)) - 1,
    Number(iso.slice(8, 10))
  ).getTime()
}

function toVis(item: TimelineItem): VisItem {
  const vis: VisItem = {
    id: item.id,
    start: localDay(item.start),
    type: item.kind,
    // A break allowed after each slash: "Shelling/artillery/missile attack" wraps at its words.
    content: escapeHtml(item.content).replace(/\//g, '/<wbr>'),
    title: escapeHtml(item.title),
    className: item.className
  }
  if (item.end !== null) vis.end = localDay(item.end)
  return vis
}

const signature = (i: TimelineItem): string =>
  `${i.start}|${i.end}|${i.kind}|${i.className}|${i.content}|${i.title}`

interface Range {
  start: Date
  end: Date
}

/** Room left of the earliest item: a cluster's "n events" box is centred on its date. */
const LEFT_PX = 40
const RIGHT_PX = 8
/** A label's box beyond its text: the content's padding and border, the dot before it. */
const LABEL_CHROME = 16
const LABEL_PADDING = 10

let measuring: CanvasRenderingContext2D | null = null
/** Text widths in the timeline's font, from a canvas (no layout of the page). */
function textWidth(text: string, font: string): number {
  measuring ??= document.createElement('canvas').getContext('2d')
  if (!measuring) return text.length * 7
  measuring.font = font
  return measuring.measureText(text).width
}

/**
 * The window that shows every item and its label whole in `container` (`fitWindow`), from the
 * items' dates and their labels' widths measured in the timeline's font. (vis-timeline's
 * `fit()` is not used: it draws EVERY item first to measure it, which took ~200 ms at 2,000
 * items in our profile; measuring text on a canvas costs next to nothing.)
 */
function windowOf(items: Iterable<TimelineItem>, container: HTMLElement): Range | null {
  const width = container.clientWidth
  const maxLabel = labelMaxWidth(width)
  const font = getComputedStyle(container.querySelector('.vis-timeline') ?? container).font
  const extents: ItemExtent[] = []
  for (const item of items)
    extents.push({
      start: localDay(item.start),
      end: item.end === null ? null : localDay(item.end) + DAY,
      // A dot's label wraps at `maxLabel`; a bar's stays on one line.
      labelPx:
        (item.end === null
          ? Math.min(textWidth(item.content, font) + LABEL_PADDING, maxLabel)
          : textWidth(item.content, font) + LABEL_PADDING) + LABEL_CHROME
    })
  const range = fitWindow(extents, {
    width,
    leftPx: LEFT_PX,
    rightPx: RIGHT_PX,
    minSpan: TIMELINE_OPTIONS.zoomMin ?? DAY
  })
  return range && { start: new Date(range.start), end: new Date(range.end) }
}

/** Tells the stylesheet how wide labels may be drawn (wider ones wrap), as `windowOf` assumes. */
function setLabelWidth(container: HTMLElement): void {
  container.style.setProperty('--ev-label-max', `${labelMaxWidth(container.clientWidth)}px`)
}

/**
 * A 40-year window ending 100 years before `range`, where no event is. Items that vis-timeline
 * receives inside its window are drawn and measured one by one at once, before clustering can
 * hide them (~200 ms for 2,000 items in our profile); received while it looks here they are not
 * drawn, and the first draw after the window moves back clusters first and draws only what
 * shows. The window is wide on purpose: vis-timeline re-clusters every item on each change, at
 * the current zoom, and at this zoom everything falls into a couple of clusters (at a narrow one
 * it made hundreds, and the work grew with the square of their number).
 */
function park(range: Range): Range {
  const end = range.start.getTime() - 100 * 365 * DAY
  return { start: new Date(end - 40 * 365 * DAY), end: new Date(end) }
}

export interface VisTimelineControls {
  /** Shows every item. */
  fit: () => void
}

/**
 * Mounts one vis-timeline in `containerRef` for the component's lifetime (destroyed on unmount)
 * and keeps its DataSet in step with `items` by diffing: only added, changed and removed items
 * reach vis-timeline. Large changes (first load, another article) are handed over in chunks, one
 * task each, sized to take about 8 ms, with the timeline looking away until the last chunk. The
 * timeline itself is created in a task of its own, after the one that mounts the pane.
 */
export function useVisTimeline(
  containerRef: RefObject<HTMLDivElement | null>,
  items: readonly TimelineItem[],
  onSelect: (eventId: string) => void,
  selectedId: string | null
): VisTimelineControls {
  const timelineRef = useRef<Timeline | null>(null)
  const dataRef = useRef<DataSet<VisItem, 'id'> | null>(null)
  /** What the DataSet holds: id → signature of the item it was made from. */
  const shownRef = useRef(new Map<string, string>())
  const itemsRef = useRef(items)
  const selectedRef = useRef(selectedId)
  const onSelectRef = useRef(onSelect)
  const syncTimerRef = useRef<ReturnType<typeof setTimeout> | null>(null)
  /** While looking away during a large change: the window to come back to. */
  const returnToRef = useRef<Range | null>(null)
  const containerElRef = useRef<HTMLElement | null>(null)
  /** Whether the window is still the fitted one: a pane resized or laid out late refits it. */
  const fittedRef = useRef(true)

  useEffect(() => {
    onSelectRef.current = onSelect
  }, [onSelect])

  /** Shows the selected event (selects it; brings it into view if it is outside the window). */
  const showSelection = useCallback((): void => {
    const timeline = timelineRef.current
    const data = dataRef.current
    if (!timeline || !data || syncTimerRef.current !== null) return
    const id = selectedRef.current
    const item = id ? data.get(id) : null
    timeline.setSelection(item ? [item.id] : [])
    if (!item) return
    const { start, end } = timeline.getWindow()
    if (item.start < start.getTime() || item.start > end.getTime())
      timeline.moveTo(item.start, { animation: false })
  }, [])

  /** Brings the DataSet in step with `itemsRef.current`, in chunks when there is much to do. */
  const sync = useCallback((): void => {
    const timeline = timelineRef.current
    const data = dataRef.current
    if (!timeline || !data) return
    if (syncTimerRef.current !== null) clearTimeout(syncTimerRef.current)
    syncTimerRef.current = null
    const items = itemsRef.current
    const shown = shownRef.current
    const wanted = new Set<string>()
    const changed: TimelineItem[] = []
    for (const item of items) {
      wanted.add(item.id)
      if (shown.get(item.id) !== signature(item)) changed.push(item)
    }
    const removed: string[] = []
    for (const id of shown.keys()) if (!wanted.has(id)) removed.push(id)
    if (changed.length === 0 && removed.length === 0) return

    const first = shown.size === 0
    const container = containerElRef.current
    const target =
      (first && container ? windowOf(items, container) : null) ??
      returnToRef.current ??
      timeline.getWindow()
    const large = changed.length + removed.length > OUT_OF_SIGHT
    if (large && !returnToRef.current) {
      const away = park(target)
      timeline.setWindow(away.start, away.end, { animation: false })
    }
    if (large) returnToRef.current = target
    if (removed.length > 0) {
      data.remove(removed)
      for (const id of removed) shown.delete(id)
    }
    let next = 0
    let size = FIRST_CHUNK
    const step = (): void => {
      syncTimerRef.current = null
      const t0 = performance.now()
      const slice = changed.slice(next, next + size)
      data.update(slice.map(toVis))
      for (const item of slice) shown.set(item.id, signature(item))
      next += slice.length
      size = nextChunkSize(size, performance.now() - t0, { budget: 8 })
      if (next < changed.length) {
        syncTimerRef.current = setTimeout(step, 0)
        return
      }
      const back = returnToRef.current ?? (first ? target : null)
      returnToRef.current = null
      if (back) timeline.setWindow(back.start, back.end, { animation: false })
      showSelection()
    }
    if (large) syncTimerRef.current = setTimeout(step, 0)
    else step()
  }, [showSelection])

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    let timeline: Timeline | null = null
    let frame = 0
    let resize: ResizeObserver | null = null
    // Created in a task of its own, after the one that mounts the pane; empty (its own first
    // fit() then costs nothing and it shows at once): `sync` hands it the items.
    const timer = setTimeout(() => {
      setLabelWidth(container)
      containerElRef.current = container
      const data = new DataSet<VisItem, 'id'>()
      const created = new Timeline(container, data, TIMELINE_OPTIONS)
      speedUpClustering(created)
      // vis-timeline fits the window to the items once, on its first redraw after items arrive,
      // which may come after `sync` set the fitted window; its fit puts the first events on the
      // left edge and cuts the last labels at the right. The window is ours to set: its one-time
      // fit is marked done (an internal flag; without it the race stays, nothing breaks).
      ;(created as unknown as { initialFitDone?: boolean }).initialFitDone = true
      created.on('rangechanged', (props?: { byUser?: boolean }) => {
        if (props?.byUser) fittedRef.current = false
      })
      created.on('select', (props?: { items?: IdType[] }) => {
        const id = props?.items?.[0]
        // Clusters are selectable too; only real items are events.
        if (id !== undefined && data.get(id) !== null) onSelectRef.current(String(id))
      })
      let size = `${container.clientWidth}x${container.clientHeight}`
      resize = new ResizeObserver(() => {
        cancelAnimationFrame(frame)
        frame = requestAnimationFrame(() => {
          const now = `${container.clientWidth}x${container.clientHeight}`
          if (now === size) return
          size = now
          setLabelWidth(container)
          created.redraw()
          // Shown in a pane not laid out yet, or resized: the fitted window is fitted again.
          const range = fittedRef.current ? windowOf(itemsRef.current, container) : null
          if (range && syncTimerRef.current === null)
            created.setWindow(range.start, range.end, { animation: false })
        })
      })
      resize.observe(container)
      timeline = created
      timelineRef.current = created
      dataRef.current = data
      shownRef.current = new Map()
      sync()
    }, 0)
    return () => {
      clearTimeout(timer)
      if (syncTimerRef.current !== null) clearTimeout(syncTimerRef.current)
      syncTimerRef.current = null
      cancelAnimationFrame(frame)
      resize?.disconnect()
      timeline?.destroy()
      timelineRef.current = null
      containerElRef.current = null
      dataRef.current = null
      shownRef.current = new Map()
      returnToRef.current = null
    }
  }, [containerRef, sync])

  useEffect(() => {
    itemsRef.current = items
    sync()
  }, [items, sync])

  useEffect(() => {
    selectedRef.current = selectedId
    showSelection()
  }, [selectedId, showSelection])

  const fit = useCallback(() => {
    const container = containerElRef.current
    const range = container ? windowOf(itemsRef.current, container) : null
    fittedRef.current = true
    if (range) timelineRef.current?.setWindow(range.start, range.end, { animation: false })
  }, [])
  return { fit }
}
