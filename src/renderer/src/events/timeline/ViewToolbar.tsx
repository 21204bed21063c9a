import type { ReactNode, Ref } from 'react'

interface ViewToolbarProps {
  /** What the view shows, announced politely as it changes. */
  status: string
  onFit: () => void
  listOpen: boolean
  listId: string
  toggleRef: Ref<HTMLButtonElement>
  onToggleList: () => void
}

/** The bar above the timeline and the chart: what is shown, "Fit all", and the keyboard list. */
export function ViewToolbar({
  status,
  onFit,
  listOpen,
  listId,
  toggleRef,
  onToggleList
}: ViewToolbarProps): ReactNode {
  return (
    <div className="ev-toolbar">
      <span className="ev-toolbar-count" role="status">
        {status}
      </span>
      <button type="button" className="button button-small" onClick={onFit}>
        Fit all
      </button>
      <button
        ref={toggleRef}
        type="button"
        className="button button-small"
        aria-expanded={listOpen}
        aria-controls={listId}
        onClick={onToggleList}
      >
        List
      </button>
    </div>
  )
}
