import { useState, type ReactNode } from 'react'
import { NO_FILTER, type AnnotationFilter } from '../../../core/annotations/filter-annotations'
import type { AnnotationRecord } from '../../../shared/model/annotation'
import { AnnotationsList } from '../annotations/AnnotationsList'
import type { AnnotationActions } from '../annotations/useAnnotationActions'
import { NotesPane } from '../notes/NotesPane'
import type { ArticleRecord } from '../../../shared/model/article'
import type { EventRecord } from '../../../shared/model/event'

type Tab = 'annotations' | 'notes'

interface AnnotationsPaneProps {
  article: ArticleRecord | undefined
  annotations: AnnotationRecord[]
  events: EventRecord[]
  actions: AnnotationActions
}

/** Annotations and briefing notes share the middle pane, one tab each. */
export function AnnotationsPane({
  article,
  annotations,
  events,
  actions
}: AnnotationsPaneProps): ReactNode {
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
          <NotesPane article={article} annotations={annotations} events={events} />
        )}
      </div>
    </div>
  )
}
