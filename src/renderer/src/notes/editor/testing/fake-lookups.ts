import type {
  CitedAnnotation,
  EventCardData,
  NoteLookups,
  SourceRow,
  TimelineRow
} from '../live/note-lookups'

/** In-memory lookups a test can change, notifying subscribers like the notes pane would. */
export class FakeLookups implements NoteLookups {
  annotations = new Map<string, CitedAnnotation>()
  events = new Map<string, EventCardData>()
  timeline: TimelineRow[] = []
  sources: SourceRow[] = []
  ready = true
  private listeners = new Set<() => void>()

  // Arrow properties so the methods can be passed around unbound, as the editor does.
  getAnnotation = (id: string): CitedAnnotation | undefined => {
    const found = this.annotations.get(id)
    return found ? { ...found } : undefined
  }
  getEvent = (id: string): EventCardData | undefined => this.events.get(id)
  getTimeline = (): TimelineRow[] => this.timeline.map((r) => ({ ...r }))
  getSources = (): SourceRow[] => [...this.sources]
  isReady = (): boolean => this.ready
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }
  notify(): void {
    for (const listener of [...this.listeners]) listener()
  }
  get listenerCount(): number {
    return this.listeners.size
  }
}
