import { useDeferredValue, useId, useMemo, useRef, type ReactNode } from 'react'
import type { EventRecord } from '@shared/model/event'
import {
  DEFAULT_TIMELINE_LABELS,
  timelineItems,
  type TimelineLabels
} from '@core/event-views/timeline-items'
import { RovingButtonList, type ButtonListEntry } from './RovingButtonList'
import { ViewToolbar } from './ViewToolbar'
import { useListPanel } from './useListPanel'
import { useVisTimeline } from './useVisTimeline'
import './event-lists.css'
import './event-timeline.css'
import { countNoun } from '@core/text/count-noun'

const NO_EVENTS: EventRecord[] = []

export interface EventTimelineProps {
  events: EventRecord[]
  /**
   * Words used on the items (context labels, "week of"…); English by default. Pass a stable
   * object (a constant or memoised): a new one on every render re-maps every event.
   */
  labels?: Partial<TimelineLabels>
  onSelect: (eventId: string) => void
  selectedId?: string | null
}

/**
 * The events on a timeline (vis-timeline): a dot for an event known to the day, a bar over the
 * week or month for one known only to the week or month, historical mentions hatched and labelled.
 * Crowded stretches are clustered ("n events"; double-click to zoom in). The drawing itself is
 * hidden from assistive technology; the "List" toggle (a normal button, first in tab order) opens
 * the same events as a list of buttons over the timeline, so keyboard and screen-reader users can
 * choose an event too. The list is built when first opened (thousands of hidden buttons made every
 * layout of the page slower), then kept, hidden while closed.
 */
export function EventTimeline({
  events,
  labels,
  onSelect,
  selectedId = null
}: EventTimelineProps): ReactNode {
  const containerRef = useRef<HTMLDivElement>(null)
  const {
    open: listOpen,
    mounted: listMounted,
    toggle: toggleList,
    close: closeList,
    toggleRef,
    panelRef
  } = useListPanel()
  const listId = useId()
  // Mapping thousands of events is done in a background render, after the pane has appeared.
  const deferredEvents = useDeferredValue(events, NO_EVENTS)
  const { items, undated } = useMemo(
    () => timelineItems(deferredEvents, labels),
    [deferredEvents, labels]
  )
  const { fit } = useVisTimeline(containerRef, items, onSelect, selectedId)
  const words = { ...DEFAULT_TIMELINE_LABELS, ...labels }

  const entries = useMemo<ButtonListEntry[]>(
    () =>
      items.map((item) => ({
        key: item.id,
        label: item.accessibleLabel,
        className: item.historical ? 'ev-list-historical' : undefined
      })),
    [items]
  )
  const listEntries = useMemo(
    () =>
      selectedId === null
        ? entries
        : entries.map((e) => (e.key === selectedId ? { ...e, current: true } : e)),
    [entries, selectedId]
  )

  return (
    <div className="ev-timeline">
      <ViewToolbar
        status={
          deferredEvents !== events
            ? `Placing ${countNoun(events.length, 'event')}…`
            : `${items.length === 1 ? '1 event' : `${items.length} events`} on the timeline${
                undated > 0 ? ` · ${undated} without a date, not shown` : ''
              }`
        }
        onFit={fit}
        listOpen={listOpen}
        listId={listId}
        toggleRef={toggleRef}
        onToggleList={toggleList}
      />
      <ul className="ev-key" aria-label="Key">
        <li>
          <span className="ev-key-swatch ev-key-dot" aria-hidden="true" /> day known
        </li>
        <li>
          <span className="ev-key-swatch" aria-hidden="true" /> only the week or month known
        </li>
        <li>
          <span className="ev-key-swatch ev-key-historical" aria-hidden="true" /> {words.historical}
        </li>
      </ul>
      <div className="ev-canvas">
        <div ref={containerRef} className="ev-vis" aria-hidden="true" />
        {listMounted ? (
          <div id={listId} ref={panelRef} className="ev-list-panel" hidden={!listOpen}>
            <p className="ev-list-hint">
              Events by date: arrow keys move, Enter selects, Escape closes.
            </p>
            <RovingButtonList
              entries={listEntries}
              onActivate={onSelect}
              label="Events by date"
              emptyText="No dated events."
              onEscape={closeList}
            />
          </div>
        ) : null}
      </div>
    </div>
  )
}
