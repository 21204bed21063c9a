// The events bench harness: mounts ONLY the event views (EventTimeline and ActorChart, one above
// the other in a 560 px column like the events pane; later, for its own phase, EventTable below
// them) with N generated events (`#n=2000`). Nothing of the rest of the app is mounted. The
// bench drives it through `window.__bench`.
import { StrictMode, useCallback, useState, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import '../../../src/renderer/src/styles.css'
import type { EventRecord } from '@shared/model/event'
import { ActorChart } from '../../../src/renderer/src/events/chart/ActorChart'
import { EventTable } from '../../../src/renderer/src/events/table/EventTable'
import { EventTimeline } from '../../../src/renderer/src/events/timeline/EventTimeline'
import { generateEvents } from '../generate-events'
import './harness.css'

interface LongTask {
  start: number
  duration: number
}

export interface BenchState {
  n: number
  /** Every long task (> 50 ms) seen since the page started, from a buffered observer. */
  longTasks: LongTask[]
  selected: string[]
  edgeSelections: number[]
  mount: () => void
  /** Mounts the table (its own phase, after the others), in a pane of its own. */
  mountTable: () => void
  /** Inline edits the table made. */
  edits: number
  theme: (theme: 'light' | 'dark') => void
}

declare global {
  interface Window {
    __bench: BenchState
  }
}

const longTasks: LongTask[] = []
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    longTasks.push({ start: entry.startTime, duration: entry.duration })
}).observe({ type: 'longtask', buffered: true })

const params = new URLSearchParams(location.hash.slice(1))
const n = Number(params.get('n') ?? '2000')
const seed = params.get('seed')
const events = seed ? generateEvents(n, Number(seed)) : generateEvents(n)
const state: BenchState = {
  n,
  longTasks,
  selected: [],
  edgeSelections: [],
  mount: () => {
    const root = document.getElementById('root')
    if (!root) throw new Error('no #root')
    createRoot(root).render(
      <StrictMode>
        <Harness />
      </StrictMode>
    )
  },
  mountTable: () => {
    const pane = document.createElement('section')
    pane.className = 'harness-pane harness-table'
    pane.setAttribute('aria-label', 'Table')
    document.body.appendChild(pane)
    createRoot(pane).render(
      <StrictMode>
        <TableHarness />
      </StrictMode>
    )
  },
  edits: 0,
  theme: (theme) => {
    document.documentElement.dataset['theme'] = theme
  }
}
window.__bench = state

function Harness(): ReactNode {
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const onSelect = useCallback((id: string) => {
    state.selected.push(id)
    setSelectedId(id)
  }, [])
  const onSelectEdge = useCallback((ids: string[]) => {
    state.edgeSelections.push(ids.length)
  }, [])
  return (
    <main className="harness">
      <section className="harness-pane" aria-label="Timeline">
        <EventTimeline events={events} onSelect={onSelect} selectedId={selectedId} />
      </section>
      <section className="harness-pane" aria-label="Actors">
        <ActorChart events={events} onSelectEdge={onSelectEdge} />
      </section>
    </main>
  )
}

const NO_WARNINGS = new Map<string, number>()

/** The table as the events pane uses it: an inline edit replaces the event in the list. */
function TableHarness(): ReactNode {
  const [rows, setRows] = useState(events)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const onInlineEdit = useCallback((event: EventRecord, patch: Partial<EventRecord>) => {
    state.edits++
    setRows((all) => all.map((e) => (e.id === event.id ? { ...e, ...patch } : e)))
  }, [])
  return (
    <EventTable
      events={rows}
      selectedId={selectedId}
      warnings={NO_WARNINGS}
      onSelect={setSelectedId}
      onEdit={setSelectedId}
      onInlineEdit={onInlineEdit}
    />
  )
}
