import {
  memo,
  startTransition,
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode
} from 'react'
import './event-lists.css'

export interface ButtonListEntry {
  key: string
  label: string
  /** Marked with aria-current (the selected event). */
  current?: boolean
  className?: string
}

interface RovingButtonListProps {
  entries: readonly ButtonListEntry[]
  onActivate: (key: string) => void
  /** The list's accessible name. */
  label: string
  emptyText: string
  /** Escape pressed inside the list (close it). */
  onEscape?: () => void
}

const PAGE = 10
/** Rows in the first render; the rest follow in steps, each its own short task. */
const FIRST_ROWS = 60
const STEP_ROWS = 120

/**
 * A list with one button per entry and a single tab stop: Tab enters the list on the selected (or
 * first) entry, the arrow keys, Page Up/Down, Home and End move between entries, Enter or Space
 * activates one, Escape calls `onEscape`. Moving re-renders only the two rows whose tab stop
 * changes. Long lists are rendered in steps (a first screenful, then 120 rows per task) so that
 * opening a list of thousands of events never blocks the page.
 */
export function RovingButtonList({
  entries,
  onActivate,
  label,
  emptyText,
  onEscape
}: RovingButtonListProps): ReactNode {
  const listRef = useRef<HTMLUListElement>(null)
  const [moved, setMoved] = useState<number | null>(null)
  const currentIndex = entries.findIndex((e) => e.current)
  const [limit, setLimit] = useState(() => Math.max(FIRST_ROWS, currentIndex + FIRST_ROWS))
  const shown = Math.min(limit, entries.length)
  const last = shown - 1
  const active = Math.min(moved ?? Math.max(currentIndex, 0), Math.max(last, 0))

  useEffect(() => {
    if (limit >= entries.length) return
    const timer = setTimeout(() => startTransition(() => setLimit((l) => l + STEP_ROWS)), 0)
    return () => clearTimeout(timer)
  }, [limit, entries.length])

  const focusAt = (index: number): void => {
    const i = Math.max(0, Math.min(last, index))
    listRef.current?.querySelector<HTMLButtonElement>(`button[data-index="${i}"]`)?.focus()
  }
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>): void => {
    if (e.key === 'Escape' && onEscape) {
      e.preventDefault()
      onEscape()
      return
    }
    const from = Number((e.target as HTMLElement).dataset['index'] ?? active)
    const to =
      e.key === 'ArrowDown' || e.key === 'ArrowRight'
        ? from + 1
        : e.key === 'ArrowUp' || e.key === 'ArrowLeft'
          ? from - 1
          : e.key === 'PageDown'
            ? from + PAGE
            : e.key === 'PageUp'
              ? from - PAGE
              : e.key === 'Home'
                ? 0
                : e.key === 'End'
                  ? last
                  : null
    if (to === null) return
    e.preventDefault()
    focusAt(to)
  }
  const onFocus = (e: FocusEvent<HTMLUListElement>): void => {
    const index = Number((e.target as HTMLElement).dataset['index'])
    if (Number.isInteger(index) && index !== active) setMoved(index)
  }

  if (entries.length === 0) return <p className="ev-list-empty">{emptyText}</p>
  return (
    <ul
      ref={listRef}
      className="ev-list"
      aria-label={label}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      {entries.slice(0, shown).map((entry, index) => (
        <Row
          key={entry.key}
          entry={entry}
          index={index}
          tabbable={index === active}
          onActivate={onActivate}
        />
      ))}
    </ul>
  )
}

interface RowProps {
  entry: ButtonListEntry
  index: number
  tabbable: boolean
  onActivate: (key: string) => void
}

const Row = memo(function Row({ entry, index, tabbable, onActivate }: RowProps): ReactNode {
  return (
    <li className="ev-list-row">
      <button
        type="button"
        className={entry.className ? `ev-list-button ${entry.className}` : 'ev-list-button'}
        data-index={index}
        tabIndex={tabbable ? 0 : -1}
        aria-current={entry.current ? 'true' : undefined}
        onClick={() => onActivate(entry.key)}
      >
        {entry.label}
      </button>
    </li>
  )
})
