import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { ActorRecord, EventRecord } from '@shared/model/event'
import { useAnnotationUi } from '../services/annotation-ui'
import { useNavigation, whenRendered } from '../services/navigation'
import { ActorRegistry } from './actors/ActorRegistry'
import { eventWarnings } from './event-warnings'
import { EventTable } from './table/EventTable'

// The chart and timeline libraries load only when their tab is first opened.
const ActorChart = lazy(() => import('./chart/ActorChart').then((m) => ({ default: m.ActorChart })))
const EventTimeline = lazy(() =>
  import('./timeline/EventTimeline').then((m) => ({ default: m.EventTimeline }))
)
const loading = <p className="empty-state">Loading…</p>

type View = 'table' | 'timeline' | 'chart' | 'actors'

export interface EventsPaneProps {
  events: EventRecord[]
  allEvents: EventRecord[]
  actors: ActorRecord[]
  publishedAt: string
  hasArticle: boolean
  onNewEvent: () => void
  onEditEvent: (id: string) => void
  onDeleteEvent: (id: string) => void
  onInlineEdit: (event: EventRecord, patch: Partial<EventRecord>) => void
  onSuggest: () => void
  /** Opens the merge dialog for a likely duplicate pair of this article's events. */
  onMergeEvents: (keepId: string, otherId: string) => void
}

const VIEWS: { id: View; label: string }[] = [
  { id: 'table', label: 'Table' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'chart', label: 'Actors chart' },
  { id: 'actors', label: 'Registry' }
]

/** The passage an event cites first: its type's, else any field's. */
function firstEvidence(e: EventRecord): { start: number; end: number } | null {
  const ev =
    e.evidence.eventType ??
    Object.values(e.evidence).find((x) => x && x.anchor.status !== 'orphaned')
  return ev && ev.anchor.status !== 'orphaned'
    ? { start: ev.anchor.start, end: ev.anchor.end }
    : null
}

/** The events of the current article as a table, a timeline and an actor chart, plus the registry. */
export function EventsPane(props: EventsPaneProps): ReactNode {
  const ui = useAnnotationUi()
  const [view, setView] = useState<View>('table')
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [edgeEvents, setEdgeEvents] = useState<string[] | null>(null)
  const warnings = useMemo(
    () => eventWarnings(props.events, props.allEvents, props.publishedAt),
    [props.events, props.allEvents, props.publishedAt]
  )
  const warningCounts = useMemo(
    () => new Map([...warnings].map(([id, list]) => [id, list.length])),
    [warnings]
  )
  const selected = props.events.find((e) => e.id === selectedId)

  // Asked to show an event: select it in the table, then focus its row and show its evidence.
  const { request, fulfil } = useNavigation()
  const [handled, setHandled] = useState<number | null>(null)
  const wantedId = request?.target.kind === 'event' ? request.target.eventId : null
  const wanted = wantedId && props.events.some((e) => e.id === wantedId) ? request : null
  if (wanted && wanted.nonce !== handled) {
    setHandled(wanted.nonce)
    setView('table')
    setSelectedId(wantedId)
  }
  useEffect(() => {
    if (!wanted || !selected || selected.id !== selectedId || view !== 'table') return
    const span = firstEvidence(selected)
    if (span) ui.revealSpan(span)
    const row = (): HTMLElement | null =>
      document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selected.id)}"]`)
    // The table is virtualised: the row exists once the table has scrolled to it.
    void whenRendered(row).then((el) => {
      ;(el ?? document.getElementById('selected-event'))?.focus()
      fulfil(wanted.nonce)
    })
  }, [wanted, selected, selectedId, view, ui, fulfil])

  const select = (id: string): void => {
    setSelectedId(id)
    const e = props.events.find((x) => x.id === id)
    const span = e && firstEvidence(e)
    if (span) ui.revealSpan(span)
  }

  return (
    <div className="events-pane">
      <div className="events-toolbar">
        <div role="tablist" aria-label="Event views" className="tabs tabs-compact">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              role="tab"
              aria-selected={view === v.id}
              className="tab"
              onClick={() => setView(v.id)}
            >
              {v.label}
            </button>
          ))}
        </div>
        <div className="events-actions">
          <button
            type="button"
            className="button button-small"
            disabled={!props.hasArticle}
            onClick={props.onSuggest}
          >
            Suggest events
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={!props.hasArticle}
            onClick={props.onNewEvent}
          >
            New event
          </button>
        </div>
      </div>
      <div
        className="events-view"
        role="tabpanel"
        aria-label={VIEWS.find((v) => v.id === view)?.label}
      >
        {view === 'actors' ? (
          <ActorRegistry actors={props.actors} />
        ) : props.events.length === 0 ? (
          <p className="empty-state">
            No events tagged on this article yet. Select a passage and press e, or use Suggest
            events.
          </p>
        ) : view === 'table' ? (
          <EventTable
            events={props.events}
            selectedId={selectedId}
            warnings={warningCounts}
            onSelect={select}
            onEdit={props.onEditEvent}
            onInlineEdit={props.onInlineEdit}
          />
        ) : view === 'timeline' ? (
          <Suspense fallback={loading}>
            <EventTimeline events={props.events} onSelect={select} selectedId={selectedId} />
          </Suspense>
        ) : (
          <>
            <Suspense fallback={loading}>
              <ActorChart events={props.events} onSelectEdge={setEdgeEvents} />
            </Suspense>
            {edgeEvents && (
              <section className="edge-events" aria-label="Events between these actors">
                <h3>
                  {edgeEvents.length} {edgeEvents.length === 1 ? 'event' : 'events'} between these
                  actors
                </h3>
                <ul>
                  {edgeEvents.map((id) => {
                    const e = props.events.find((x) => x.id === id)
                    return e ? (
                      <li key={id}>
                        <button type="button" className="link-button" onClick={() => select(id)}>
                          {e.eventDate || 'undated'} — {e.subEventType || e.eventType || 'untyped'}
                          {e.location ? `, ${e.location}` : ''}
                        </button>
                      </li>
                    ) : null
                  })}
                </ul>
              </section>
            )}
          </>
        )}
      </div>
      {selected && view !== 'actors' && (
        <section
          id="selected-event"
          className="event-detail"
          aria-label="Selected event"
          tabIndex={-1}
        >
          <div className="event-detail-head">
            <strong>{selected.subEventType || selected.eventType || 'Untyped event'}</strong>
            <span className="muted">
              {' '}
              {selected.eventDate || 'undated'} ·{' '}
              {selected.location || selected.countryCode || 'no place'} · {selected.context}
            </span>
          </div>
          {(warnings.get(selected.id) ?? []).map((w, i) => {
            // Evidence cites this article's text, so only a pair from one article can be merged.
            const twin =
              w.code === 'likely-duplicate'
                ? props.events.find((e) => e.id === w.relatedEventIds?.[0])
                : undefined
            return (
              <p key={i} className={`coding-issue coding-${w.severity}`}>
                {w.message}
                {twin && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => props.onMergeEvents(selected.id, twin.id)}
                    >
                      Merge…
                    </button>
                  </>
                )}
              </p>
            )
          })}
          <div className="event-detail-actions">
            <button
              type="button"
              className="button button-small"
              onClick={() => props.onEditEvent(selected.id)}
            >
              Edit…
            </button>
            <button
              type="button"
              className="button button-small button-quiet button-danger"
              onClick={() => props.onDeleteEvent(selected.id)}
            >
              Delete
            </button>
          </div>
        </section>
      )}
    </div>
  )
}
