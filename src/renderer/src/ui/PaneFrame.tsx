import type { ReactNode } from 'react'
import type { PanelImperativeHandle } from 'react-resizable-panels'
import { PaneErrorBoundary } from './PaneErrorBoundary'

interface PaneFrameProps {
  id: string
  title: string
  collapsed: boolean
  panel: React.RefObject<PanelImperativeHandle | null>
  actions?: ReactNode
  /** Folds the pane (the workbench first lets it collapse); by default the panel's own collapse. */
  onCollapse?: () => void
  children: ReactNode
}

/** A pane's title bar with its collapse/expand button; collapsed, it shrinks to a labelled rail. */
export function PaneFrame({
  id,
  title,
  collapsed,
  panel,
  actions,
  onCollapse,
  children
}: PaneFrameProps): ReactNode {
  if (collapsed) {
    return (
      <div className="pane-rail">
        <button
          type="button"
          className="pane-rail-button"
          aria-label={`Expand ${title}`}
          aria-expanded="false"
          aria-controls={id}
          onClick={() => panel.current?.expand()}
        >
          <span className="pane-rail-label">{title}</span>
        </button>
      </div>
    )
  }
  return (
    <section id={id} className="pane" aria-label={title} tabIndex={-1} data-pane={id}>
      <header className="pane-header">
        <h2 className="pane-title">{title}</h2>
        <div className="pane-actions">
          {actions}
          <button
            type="button"
            className="icon-button"
            aria-label={`Collapse ${title}`}
            aria-expanded="true"
            aria-controls={id}
            title={`Collapse ${title}`}
            onClick={onCollapse ?? (() => panel.current?.collapse())}
          >
            ‹
          </button>
        </div>
      </header>
      <div className="pane-content">
        <PaneErrorBoundary name={title}>{children}</PaneErrorBoundary>
      </div>
    </section>
  )
}
