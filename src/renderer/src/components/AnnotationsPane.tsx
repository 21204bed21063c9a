import { useState, type ReactNode } from 'react'

type Tab = 'annotations' | 'notes'

/** Annotations and briefing notes share the middle pane, one tab each. */
export function AnnotationsPane(): ReactNode {
  const [tab, setTab] = useState<Tab>('annotations')
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
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') setTab(tab === 'annotations' ? 'notes' : 'annotations')
            }}
          >
            {t === 'annotations' ? 'Annotations' : 'Notes'}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        {tab === 'annotations' ? (
          <p className="empty-state">No annotations on this article yet.</p>
        ) : (
          <p className="empty-state">No briefing notes yet.</p>
        )}
      </div>
    </div>
  )
}
