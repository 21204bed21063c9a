import { useEffect, useMemo, useState, type ReactNode } from 'react'
import {
  NO_FILTER,
  filterAnnotations,
  type AnnotationFilter
} from '@core/annotations/filter-annotations'
import type { AnnotationRecord } from '@shared/model/annotation'
import { useAnnotationUi } from '../services/annotation-ui'
import { AnnotationsList } from '../annotations/AnnotationsList'
import { focusCard, registerCardListOpener } from '../annotations/card-navigator'
import { useNavigation } from '../services/navigation'
import type { AnnotationActions } from '../annotations/useAnnotationActions'
import { NotesPane } from '../notes/NotesPane'
import { useWorkMode } from '../layout/work-mode-store'
import type { ArticleRecord } from '@shared/model/article'
import type { EventRecord } from '@shared/model/event'
import { articlePlainText } from '../db/queries/article-plain-text'

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
  // Write mode is for the brief: the pane shows its notes; Read mode goes back to the annotations.
  const mode = useWorkMode()
  const [tab, setTab] = useState<Tab>(mode === 'write' ? 'notes' : 'annotations')
  const [modeShown, setModeShown] = useState(mode)
  if (mode !== modeShown) {
    setModeShown(mode)
    if (mode === 'write') setTab('notes')
    if (mode === 'read') setTab('annotations')
  }
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER)
  const ui = useAnnotationUi()
  const blocks = article?.blocks
  const articleText = useMemo(() => (blocks ? articlePlainText(blocks) : ''), [blocks])
  const { request, fulfil } = useNavigation()
  // j/k with the Notes tab in front bring the annotations back and move there.
  useEffect(() => registerCardListOpener(() => setTab('annotations')), [])

  // Asked to show an annotation or a note: switch to its tab, and make sure no filter hides it.
  const [handled, setHandled] = useState<number | null>(null)
  const wanted = request?.target
  if (
    request &&
    request.nonce !== handled &&
    (wanted?.kind === 'annotation' || wanted?.kind === 'note')
  ) {
    setHandled(request.nonce)
    setTab(wanted.kind === 'note' ? 'notes' : 'annotations')
  }
  const target =
    wanted?.kind === 'annotation' && wanted.articleId === article?.id
      ? annotations.find((a) => a.id === wanted.annotationId)
      : undefined
  if (target && filter !== NO_FILTER && !filterAnnotations(annotations, filter).includes(target))
    setFilter(NO_FILTER)

  // Once the list shows it: focus the card (rendered first if out of view) and show its passage,
  // as clicking the card does.
  useEffect(() => {
    if (!request || !target || tab !== 'annotations') return
    if (!focusCard(target.id)) return
    if (target.anchor.status !== 'orphaned')
      ui.revealSpan({ start: target.anchor.start, end: target.anchor.end })
    fulfil(request.nonce)
  }, [request, target, tab, filter, ui, fulfil])

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
            articleText={articleText}
          />
        ) : (
          <NotesPane article={article} annotations={annotations} events={events} />
        )}
      </div>
    </div>
  )
}
