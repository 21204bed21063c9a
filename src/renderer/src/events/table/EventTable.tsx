import { useVirtualizer } from '@tanstack/react-virtual'
import { Fragment, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { CONTEXT_OPTIONS, EVENT_FIELD_TABLE } from '@core/events'
import type { EventContext, EventRecord } from '@shared/model/event'
import { DRAG_EVENT } from '../../services/drag-types'
import { COLUMNS, matchesFilter, type ColumnKey } from './event-columns'
import { Icon } from '../../ui/Icon'

interface EventTableProps {
  events: EventRecord[]
  selectedId: string | null
  warnings: Map<string, number>
  onSelect: (id: string) => void
  onEdit: (id: string) => void
  onInlineEdit: (event: EventRecord, patch: Partial<EventRecord>) => void
}

/** A one-line row; rows with wrapped text are measured and grow. */
const ROW_HEIGHT = 34
const CONTEXTS = CONTEXT_OPTIONS.map((o) => o.value)
const INLINE: ColumnKey[] = ['eventDate', 'location', 'fatalities', 'context']

/** Break opportunities after slashes ("Shelling/artillery/missile attack") for wrapping. */
function breakable(text: string): ReactNode {
  const parts = text.split('/')
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ))
}

/**
 * What a cell shows. Text wraps rather than being cut: the date never breaks (its precision mark
 * may go to a second line), and in a narrow pane the first actor shows under the type, its own
 * column hidden (see `.event-table` in styles.css).
 */
function cellContent(key: ColumnKey, text: string, e: EventRecord): ReactNode {
  if (key === 'eventDate' && e.eventDate && text.length > e.eventDate.length)
    return (
      <>
        <span className="cell-date">{e.eventDate}</span>
        {text.slice(e.eventDate.length)}
      </>
    )
  if (key === 'eventDate') return <span className="cell-date">{text}</span>
  if (key === 'type') {
    const actor = COLUMNS.find((c) => c.key === 'actor1')!.text(e)
    return (
      <>
        {breakable(text)}
        <span className="cell-sub"> {breakable(actor)}</span>
      </>
    )
  }
  return breakable(text)
}

/**
 * Events as a sortable, filterable table with inline editing of date, location, fatalities and
 * context. Rows are virtualised: 2,000 events render only the rows in view.
 */
export function EventTable({
  events,
  selectedId,
  warnings,
  onSelect,
  onEdit,
  onInlineEdit
}: EventTableProps): ReactNode {
  const [sort, setSort] = useState<{ key: ColumnKey; dir: 1 | -1 }>({ key: 'eventDate', dir: 1 })
  const [filter, setFilter] = useState('')
  const [editing, setEditing] = useState<{ id: string; key: ColumnKey } | null>(null)
  const scroller = useRef<HTMLDivElement>(null)
  const rows = useMemo(() => {
    const col = COLUMNS.find((c) => c.key === sort.key)!
    return events
      .filter((e) => matchesFilter(e, filter.trim()))
      .sort((a, b) => {
        const x = col.sort(a)
        const y = col.sort(b)
        return (x < y ? -1 : x > y ? 1 : 0) * sort.dir
      })
  }, [events, filter, sort])
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions are read during render by design.
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8
  })

  // Up and Down move between rows (overscan keeps the neighbours rendered; focusing one scrolls
  // it into view), so F6 lands on a row where the arrows work.
  const focusRow = (index: number): void => {
    if (index < 0 || index >= rows.length) return
    const row = (): HTMLElement | null | undefined =>
      scroller.current?.querySelector<HTMLElement>(`[aria-rowindex="${index + 2}"]`)
    const there = row()
    if (there) return there.focus()
    virtual.scrollToIndex(index, { align: 'auto' })
    requestAnimationFrame(() => row()?.focus())
  }

  // A selection made elsewhere (the timeline, the chart, search) scrolls its row into view.
  useEffect(() => {
    const at = selectedId ? rows.findIndex((e) => e.id === selectedId) : -1
    if (at >= 0) virtual.scrollToIndex(at, { align: 'auto' })
    // Only a new selection scrolls: an edit that re-sorts the rows must not move the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId])

  const commit = (e: EventRecord, key: ColumnKey, raw: string): void => {
    setEditing(null)
    if (key === 'fatalities') {
      const n = raw.trim() === '' ? null : Number(raw)
      if (n !== null && (!Number.isInteger(n) || n < 0)) return
      onInlineEdit(e, { fatalities: n })
    } else if (key === 'eventDate') {
      if (raw !== '' && Number.isNaN(Date.parse(`${raw}T00:00:00Z`))) return
      onInlineEdit(e, { eventDate: raw })
    } else if (key === 'location') {
      // A place typed over never keeps the old place's coordinates.
      if (raw.trim() !== e.location)
        onInlineEdit(e, { location: raw.trim(), latitude: null, longitude: null })
    } else if (key === 'context') onInlineEdit(e, { context: raw as EventContext })
  }

  const editor = (e: EventRecord, key: ColumnKey): ReactNode => {
    const done = (v: string): void => commit(e, key, v)
    const keys = (ev: React.KeyboardEvent<HTMLInputElement | HTMLSelectElement>): void => {
      if (ev.key === 'Enter') done(ev.currentTarget.value)
      if (ev.key === 'Escape') {
        ev.stopPropagation()
        setEditing(null)
      }
    }
    if (key === 'context') {
      return (
        <select
          autoFocus
          aria-label="Context"
          defaultValue={e.context}
          onBlur={(ev) => done(ev.target.value)}
          onKeyDown={keys}
          onChange={(ev) => done(ev.target.value)}
        >
          {CONTEXTS.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      )
    }
    const props = {
      eventDate: {
        type: 'date',
        defaultValue: e.eventDate,
        'aria-label': EVENT_FIELD_TABLE.eventDate.label
      },
      fatalities: {
        type: 'number',
        min: 0,
        defaultValue: e.fatalities ?? '',
        'aria-label': EVENT_FIELD_TABLE.fatalities.label
      },
      location: {
        type: 'text',
        defaultValue: e.location,
        'aria-label': EVENT_FIELD_TABLE.location.label
      }
    }[key as 'eventDate' | 'fatalities' | 'location']
    return (
      <input
        autoFocus
        className="cell-input"
        {...props}
        onBlur={(ev) => done(ev.target.value)}
        onKeyDown={keys}
      />
    )
  }

  return (
    <div className="event-table">
      <div className="event-table-tools">
        <input
          type="search"
          aria-label="Filter events"
          placeholder="Filter events"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <span className="muted">
          {rows.length} of {events.length}
        </span>
      </div>
      <div role="table" aria-label="Events" aria-rowcount={rows.length + 1} className="grid">
        <div role="row" className="grid-row grid-head">
          {COLUMNS.map((c) => (
            <div
              key={c.key}
              role="columnheader"
              aria-sort={
                sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'
              }
              className={`cell cell-${c.key}`}
            >
              <button
                type="button"
                className="sort-button"
                onClick={() =>
                  setSort((s) => ({ key: c.key, dir: s.key === c.key ? (-s.dir as 1 | -1) : 1 }))
                }
              >
                {c.header}
                {sort.key === c.key && <Icon name={sort.dir === 1 ? 'sort-up' : 'sort-down'} />}
              </button>
              {c.key === 'type' && (
                <span className="cell-sub" aria-hidden="true">
                  {' '}
                  {COLUMNS.find((k) => k.key === 'actor1')!.header}
                </span>
              )}
            </div>
          ))}
        </div>
        <div ref={scroller} className="grid-body" role="rowgroup">
          <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {virtual.getVirtualItems().map((v) => {
              const e = rows[v.index]!
              const warn = warnings.get(e.id) ?? 0
              return (
                <div
                  key={e.id}
                  ref={virtual.measureElement}
                  data-index={v.index}
                  role="row"
                  aria-rowindex={v.index + 2}
                  aria-selected={selectedId === e.id}
                  tabIndex={0}
                  data-pane-home
                  data-event-id={e.id}
                  className={`grid-row context-${e.context}`}
                  style={{
                    position: 'absolute',
                    top: 0,
                    transform: `translateY(${v.start}px)`,
                    minHeight: ROW_HEIGHT,
                    width: '100%'
                  }}
                  onClick={() => onSelect(e.id)}
                  draggable
                  onDragStart={(ev) => {
                    // Dropped into a note, the row becomes a live event card.
                    ev.dataTransfer.setData(DRAG_EVENT, e.id)
                    ev.dataTransfer.effectAllowed = 'copy'
                  }}
                  onDoubleClick={() => onEdit(e.id)}
                  onKeyDown={(ev) => {
                    if (ev.target !== ev.currentTarget) return
                    if (ev.key === 'Enter') onEdit(e.id)
                    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
                      ev.preventDefault()
                      focusRow(v.index + (ev.key === 'ArrowDown' ? 1 : -1))
                    }
                    if (ev.key === ' ') {
                      ev.preventDefault()
                      onSelect(e.id)
                    }
                  }}
                >
                  {COLUMNS.map((c, i) => (
                    <div
                      key={c.key}
                      role="cell"
                      className={`cell cell-${c.key}`}
                      title={
                        INLINE.includes(c.key)
                          ? 'Double-click to edit here (Enter on the row opens the full form)'
                          : undefined
                      }
                      onDoubleClick={(ev) => {
                        if (!INLINE.includes(c.key)) return
                        ev.stopPropagation()
                        setEditing({ id: e.id, key: c.key })
                      }}
                    >
                      {editing?.id === e.id && editing.key === c.key
                        ? editor(e, c.key)
                        : cellContent(c.key, c.text(e), e)}
                      {i === 0 && warn > 0 && (
                        <>
                          {' '}
                          <span
                            className="warn-badge"
                            title={`${warn} coding ${warn === 1 ? 'check' : 'checks'} to look at`}
                          >
                            <Icon name="warning" /> {warn}
                          </span>
                        </>
                      )}
                    </div>
                  ))}
                </div>
              )
            })}
          </div>
        </div>
      </div>
    </div>
  )
}
