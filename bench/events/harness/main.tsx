// The events bench harness: mounts ONLY the two event views (EventTimeline and ActorChart),
// side by side in a 560 px column like the events pane, with N generated events (`#n=2000`).
// Nothing of the rest of the app is mounted. The bench drives it through `window.__bench`.
import { StrictMode, useCallback, useState, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import '../../../src/renderer/src/styles.css'
import { ActorChart } from '../../../src/renderer/src/events/chart/ActorChart'
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
