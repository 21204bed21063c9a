import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { ArticleRecord } from '../../../shared/model/article'
import type { AnnotationRecord, ColourSlot } from '../../../shared/model/annotation'
import { useAnnotationUi, type EditorKind, type Span } from '../annotations/annotation-ui'
import { focusCard } from '../annotations/card-navigator'
import type { AnnotationActions } from '../annotations/useAnnotationActions'
import { useColourLabels } from '../annotations/useColourLabels'
import { formatDate } from '../components/format-date'
import { ArticleText } from './ArticleText'
import { PdfPageView } from './pdf/PdfPageView'
import { indexAnnotations } from './annotations-at'
import { handleSelectionKey } from './keyboard-selection'
import { flashSpan, scrollToSpan } from './paint-highlights'
import { SelectionToolbar } from './SelectionToolbar'
import { offsetAtPoint, rangeToOffsets } from './text-offsets'
import { useHoverTip } from './useHoverTip'
import { usePaintedHighlights } from './usePaintedHighlights'

interface ReaderPaneProps {
  article: ArticleRecord | undefined
  annotations: AnnotationRecord[]
  loading: boolean
  actions: AnnotationActions
  onEditDetails: () => void
  onUpdateText: () => void
  /** Opens the kept versions of the article's text. */
  onVersions: () => void
  /** Opens the event form prefilled from the selected passage. */
  onTagEvent: (span: Span) => void
}

/** The article at a readable measure, with painted highlights and the selection toolbar. */
export function ReaderPane({
  article,
  annotations,
  loading,
  actions,
  onEditDetails,
  onUpdateText,
  onVersions,
  onTagEvent
}: ReaderPaneProps): ReactNode {
  const ui = useAnnotationUi()
  const labels = useColourLabels()
  const body = useRef<HTMLDivElement>(null)
  const [selection, setSelection] = useState<{
    span: Span
    rect: { top: number; left: number; bottom: number }
  } | null>(null)
  const lastColour = useRef<ColourSlot>(0)
  // A PDF article can be shown as its original pages; each article opens on its text.
  const [pageViewOf, setPageViewOf] = useState<string | null>(null)
  const { setReaderSelection, setCitableSelection, setRevealer, setActiveId, requestEditor } = ui

  // Hit-testing runs on every mouse move: index the annotations once per change, not per move.
  const index = useMemo(() => indexAnnotations(annotations), [annotations])
  usePaintedHighlights(body, index, ui.activeId, article?.blocks)
  const { tip, onMouseMove, onMouseLeave } = useHoverTip(index, labels)

  useEffect(() => {
    setRevealer((span) => {
      if (!body.current) return
      scrollToSpan(body.current, span.start, span.end)
      flashSpan(body.current, span.start, span.end)
    })
  }, [setRevealer])

  useEffect(() => {
    const onChange = (): void => {
      const sel = window.getSelection()
      const el = body.current
      if (!el || !sel || sel.rangeCount === 0) return setSelection(null)
      const range = sel.getRangeAt(0)
      const inReader = el.contains(range.commonAncestorContainer) || range.intersectsNode(el)
      const span = inReader ? rangeToOffsets(el, range) : null
      // Focus moving into a field elsewhere keeps the passage citable; a change in the reader does not.
      if (inReader) setCitableSelection(span)
      if (!span) {
        setSelection(null)
        return
      }
      const rects = range.getClientRects()
      const first = rects[0] ?? range.getBoundingClientRect()
      const last = rects[rects.length - 1] ?? first
      setSelection({ span, rect: { top: first.top, left: first.left, bottom: last.bottom } })
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [setCitableSelection])

  useEffect(() => setReaderSelection(selection?.span ?? null), [selection, setReaderSelection])
  // Offsets into one article mean nothing in another.
  useEffect(() => setCitableSelection(null), [article?.id, setCitableSelection])

  // Read the selection when the key is pressed, not from state: a fast typist can press h before
  // React has seen the selectionchange event.
  const currentSpan = useCallback((): Span | null => {
    const sel = window.getSelection()
    return body.current && sel && sel.rangeCount
      ? rangeToOffsets(body.current, sel.getRangeAt(0))
      : null
  }, [])

  const annotate = useCallback(
    async (colour: ColourSlot, editor?: EditorKind) => {
      const span = currentSpan()
      if (!span) return
      const motivation =
        editor === 'comment'
          ? 'commenting'
          : editor === 'tags'
            ? 'tagging'
            : editor === 'grade'
              ? 'assessing'
              : 'highlighting'
      const created = await actions.create(span, colour, motivation)
      if (!created) return
      lastColour.current = colour
      window.getSelection()?.removeAllRanges()
      setActiveId(created.id)
      if (editor) requestEditor(created.id, editor)
    },
    [currentSpan, actions, setActiveId, requestEditor]
  )

  const tagEvent = (): void => {
    const span = currentSpan()
    if (!span) return
    onTagEvent(span)
    // The passage now prefills the form, which cites it; like a highlight, the selection (and its
    // toolbar, which would stay over the next pane beside the modeless form) is done with.
    window.getSelection()?.removeAllRanges()
  }

  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (!body.current) return
    if (handleSelectionKey(body.current, e.nativeEvent)) {
      e.preventDefault()
      return
    }
    if (!currentSpan() || e.ctrlKey || e.metaKey || e.altKey) return
    const key = e.key.toLowerCase()
    const handlers: Record<string, () => void> = {
      h: () => void annotate(lastColour.current),
      c: () => void annotate(lastColour.current, 'comment'),
      t: () => void annotate(lastColour.current, 'tags'),
      g: () => void annotate(lastColour.current, 'grade'),
      e: () => tagEvent()
    }
    const digit = Number(e.key)
    if (digit >= 1 && digit <= 5) handlers[key] = () => void annotate((digit - 1) as ColourSlot)
    const handler = handlers[key]
    if (handler) {
      e.preventDefault()
      e.stopPropagation()
      handler()
    }
  }

  const onClick = (e: React.MouseEvent): void => {
    if (!window.getSelection()?.isCollapsed) return
    const offset = offsetAtPoint(e.clientX, e.clientY)
    const hit = offset === null ? undefined : index.at(offset)[0]
    if (hit) {
      setActiveId(hit.id)
      focusCard(hit.id)
    }
  }

  if (!article) {
    return (
      <div className="reader">
        {/* The window keeps a first-level heading when the library is empty (after deleting the
            last article), so headings navigation still finds where the article would be. */}
        {!loading && <h1 className="article-title">No article open</h1>}
        <p className="empty-state">
          {loading ? '' : 'Choose an article in the library, or import one.'}
        </p>
      </div>
    )
  }
  const pdfArticle = article.pdfLayout ? { ...article, pdfLayout: article.pdfLayout } : null
  const pageView = pdfArticle !== null && pageViewOf === article.id
  return (
    <div className="reader">
      {/* A saved page's language and direction, when known, so right-to-left and non-Latin
          articles read as written (and screen readers pick the right voice). */}
      <article className="article" lang={article.lang || 'en'} dir={article.dir ?? 'auto'}>
        <header className="article-header">
          <h1 className="article-title">{article.title}</h1>
          <p className="article-meta">
            <span>{article.source || 'Source not set'}</span>
            {article.byline && <span> · {article.byline}</span>}
            <span>
              {' '}
              ·{' '}
              {article.publishedAt
                ? `Published ${formatDate(article.publishedAt)}`
                : 'Publication date not set'}
            </span>
            {article.url && (
              <span>
                {' · '}
                <span className="article-url">{article.url}</span>
              </span>
            )}
          </p>
          {article.pdfLayout?.recognisedPages?.length ? (
            <p className="article-note" role="note">
              Text recognised from scanned pages; check quotes against the original.
            </p>
          ) : null}
          <div className="article-header-actions">
            <button type="button" className="button button-small" onClick={onEditDetails}>
              Edit details…
            </button>
            <button type="button" className="button button-small" onClick={onUpdateText}>
              Update article text…
            </button>
            <button type="button" className="button button-small" onClick={onVersions}>
              Versions…
            </button>
            {pdfArticle && (
              <button
                type="button"
                className="button button-small"
                aria-pressed={pageView}
                onClick={() => setPageViewOf(pageView ? null : article.id)}
              >
                Original pages
              </button>
            )}
          </div>
        </header>
        {pdfArticle && pageView && (
          <PdfPageView
            key={article.id}
            article={pdfArticle}
            annotations={annotations}
            activeId={ui.activeId}
          />
        )}
        <div
          ref={body}
          hidden={pageView}
          className="article-body"
          data-testid="article-body"
          tabIndex={0}
          role="document"
          aria-label="Article text. Arrow keys move a caret; Shift, Ctrl+Shift or Alt+Shift with arrows select by character, word or sentence; then h highlights."
          onKeyDown={onKeyDown}
          onClick={onClick}
          onMouseMove={onMouseMove}
          onMouseLeave={onMouseLeave}
        >
          <ArticleText blocks={article.blocks} />
        </div>
      </article>
      {selection && (
        <SelectionToolbar
          rect={selection.rect}
          labels={labels}
          onHighlight={(c) => void annotate(c)}
          onComment={() => void annotate(lastColour.current, 'comment')}
          onTag={() => void annotate(lastColour.current, 'tags')}
          onGrade={() => void annotate(lastColour.current, 'grade')}
          onTagEvent={tagEvent}
        />
      )}
      {/* The tooltip lives in a layer that is always there and contained, so showing and hiding
          it stays local instead of relaying out the window. */}
      <div className="highlight-tip-layer">
        {tip && tip.text && (
          <div
            className="highlight-tip"
            role="tooltip"
            style={{ top: tip.y + 16, left: tip.x + 8 }}
          >
            {tip.text}
          </div>
        )}
      </div>
    </div>
  )
}
