import { useState, type ReactNode } from 'react'
import { NO_FILTER, type AnnotationFilter } from '../../../core/annotations/filter-annotations'
import type { AnnotationRecord } from '../../../shared/model/annotation'
import { AnnotationsList } from '../annotations/AnnotationsList'
import type { AnnotationActions } from '../annotations/useAnnotationActions'

type Tab = 'annotations' | 'notes'

interface AnnotationsPaneProps {
  annotations: AnnotationRecord[]
  actions: AnnotationActions
}

/** Annotations and briefing notes share the middle pane, one tab each. */
export function AnnotationsPane({ annotations, actions }: AnnotationsPaneProps): ReactNode {
  const [tab, setTab] = useState<Tab>('annotations')
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER)
  return (
    <div className="tabbed">
      <div role="tablist" aria-label="Annotations and notes" className="tabs">
        {(['annotations', 'notes'] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`tabpanel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            className="tab"
            onClick={() => setTab(t)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft')
                setTab(tab === 'annotations' ? 'notes' : 'annotations')
            }}
          >
            {t === 'annotations' ? `Annotations (${annotations.length})` : 'Notes'}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`tabpanel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className="tabpanel"
      >
        {tab === 'annotations' ? (
          <AnnotationsList
            annotations={annotations}
            actions={actions}
            filter={filter}
            onFilter={setFilter}
          />
        ) : (
          <p className="empty-state">No briefing notes yet.</p>
        )}
      </div>
    </div>
  )
}
