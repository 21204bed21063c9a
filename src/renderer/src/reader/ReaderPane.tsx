import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels'
import type { ArticleRecord } from '@shared/model/article'
import type { AnnotationRecord, ColourSlot } from '@shared/model/annotation'
import { useAnnotationUi, type EditorKind, type Span } from '../services/annotation-ui'
import { focusCard } from '../annotations/card-navigator'
import type { AnnotationActions } from '../annotations/useAnnotationActions'
import { useColourLabels } from '../annotations/useColourLabels'
import { requestReaderRoom } from './reader-room'
import { formatDate } from '../ui/format-date'
import { ArticleText } from './ArticleText'
import { blockEnd, lastBlock } from './blocks-in-view'
import { PdfPageView } from './pdf/PdfPageView'
import { indexAnnotations } from './annotations-at'
import { handleSelectionKey } from './keyboard-selection'
import { flashSpan, scrollToSpan } from './paint-highlights'
import { SelectionToolbar, toolbarAnchor, type ToolbarAnchor } from './SelectionToolbar'
import { offsetAtPoint, rangeToOffsets } from './text-offsets'
import { useHoverTip } from './useHoverTip'
import { useLayOutInSlices } from './useLayOutInSlices'
import { useReadingCaret } from './useReadingCaret'
import { usePaintedHighlights } from './usePaintedHighlights'
import { usePaintedIndex } from './usePaintedIndex'

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
    place: ToolbarAnchor
  } | null>(null)
  const lastColour = useRef<ColourSlot>(0)
  // A PDF article's original pages can be shown beside its text; each article opens on its text.
  const [pageViewOf, setPageViewOf] = useState<string | null>(null)
  // What was last clicked or selected in the text, for the page view to turn to.
  const [pageTarget, setPageTarget] = useState<(Span & { seq: number }) | null>(null)
  const pageViewOpen = useRef(false)
  const focusPages = useRef(false)
  const reader = useRef<HTMLDivElement>(null)
  const pagesButton = useRef<HTMLButtonElement>(null)
  const caret = useReadingCaret(body)
  const wide = useWideEnough(reader, SPLIT_MIN_WIDTH)
  const splitLayout = useDefaultLayout({ id: 'reader-split', storage: localStorage })
  const { setReaderSelection, setCitableSelection, setRevealer, setActiveId, requestEditor } = ui

  // Hit-testing runs on every mouse move: index the annotations once per change, not per move.
  const index = useMemo(() => indexAnnotations(annotations), [annotations])
  const painted = usePaintedIndex(annotations, index)
  const pageView = !!article?.pdfLayout && pageViewOf === article.id
  const split = pageView && wide
  useEffect(() => {
    pageViewOpen.current = pageView
  }, [pageView])
  // How many of the text's elements are in the page: a long article's come in batches.
  const [shown, setShown] = useState({ count: 0, total: 1 })
  const allShown = shown.count >= shown.total
  const onShown = useCallback((count: number, total: number) => setShown({ count, total }), [])
  // A passage further down than the elements in the page so far (a card far down, clicked early)
  // is shown once its element is there.
  const pendingReveal = useRef<Span | null>(null)
  const reveal = useCallback((span: Span): boolean => {
    const el = body.current
    const last = el ? lastBlock(el) : null
    const end = last ? blockEnd(last) : -1
    if (!el || end < span.end) {
      pendingReveal.current = span
      return false
    }
    pendingReveal.current = null
    scrollToSpan(el, span.start, span.end)
    flashSpan(el, span.start, span.end)
    holdInView(el, span)
    return true
  }, [])
  useEffect(() => {
    if (pendingReveal.current) reveal(pendingReveal.current)
  }, [shown.count, reveal])
  // The split moves the text into its own scrolled column (a new element): paint it again there.
  useLayOutInSlices(body, article?.blocks, split)
  usePaintedHighlights(body, painted, ui.activeId, article?.blocks, split, shown.count)
  const { tip, onMouseMove, onMouseLeave } = useHoverTip(index, labels)

  useEffect(() => {
    setRevealer((span) => void reveal(span))
  }, [setRevealer, reveal])

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
      if (pageViewOpen.current && !sel.isCollapsed)
        setPageTarget((t) => ({ ...span, seq: (t?.seq ?? 0) + 1 }))
      setSelection({ span, place: toolbarAnchor(range, el) })
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
    // With the pages beside the text, a click turns them to the highlight or the word clicked.
    if (offset !== null && pageView) {
      const span = hit ? { start: hit.anchor.start, end: hit.anchor.end } : paragraphAt(e, offset)
      setPageTarget((t) => ({ ...span, seq: (t?.seq ?? 0) + 1 }))
    }
    if (hit) {
      setActiveId(hit.id)
      focusCard(hit.id)
    }
  }

  // Opening lends the reader the Events pane's width when the split would not fit; closing gives
  // it back and returns focus to the button, so the keyboard is where it was.
  useEffect(() => {
    if (!pageView) return
    if ((reader.current?.clientWidth ?? 0) < SPLIT_MIN_WIDTH) requestReaderRoom(true)
    return () => requestReaderRoom(false)
  }, [pageView])
  const closePages = useCallback(() => {
    focusPages.current = false
    setPageViewOf(null)
    setPageTarget(null)
    requestAnimationFrame(() => pagesButton.current?.focus())
  }, [])
  const openPages = (id: string): void => {
    setPageViewOf(id)
    // Focus goes to the pages, so Page Down turns them and Escape closes them at once.
    focusPages.current = true
  }

  if (!article) {
    return (
      <div className="reader" ref={reader}>
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
  const pages = pdfArticle && pageView && (
    <PdfPageView
      key={article.id}
      article={pdfArticle}
      annotations={annotations}
      activeId={ui.activeId}
      target={pageTarget}
      onClose={closePages}
      focus={focusPages}
    />
  )
  const text = (
    /* A saved page's language and direction, when known, so right-to-left and non-Latin
          articles read as written (and screen readers pick the right voice). */
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
              ref={pagesButton}
              type="button"
              className="button button-small"
              aria-pressed={pageView}
              aria-keyshortcuts="Escape"
              title={
                pageView
                  ? 'Close the original pages (Escape)'
                  : 'Show the original pages beside the text'
              }
              onClick={() => (pageView ? closePages() : openPages(article.id))}
            >
              Original pages
            </button>
          )}
        </div>
      </header>
      {/* Too narrow for two columns even with the Events pane's width: the pages take the
            text's place until closed (the button above, or Escape). */}
      {!split && pages}
      <div
        ref={body}
        hidden={pageView && !split}
        className="article-body"
        data-testid="article-body"
        data-shown={allShown ? 'all' : undefined}
        data-pane-home
        tabIndex={0}
        role="document"
        aria-label="Article text. Arrow keys move a caret; Shift, Ctrl+Shift or Alt+Shift with arrows select by character, word or sentence; then h highlights."
        onKeyDown={onKeyDown}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseLeave={onMouseLeave}
      >
        <ArticleText blocks={article.blocks} onShown={onShown} />
      </div>
      {/* The keyboard caret, drawn: the browser paints none in text that is not editable. */}
      <span
        ref={caret}
        className="reading-caret"
        aria-hidden="true"
        data-testid="reading-caret"
        hidden
      />
    </article>
  )
  return (
    <div
      className={split ? 'reader reader-split' : 'reader'}
      ref={reader}
      // Escape anywhere in the reader (the text, the header's buttons) closes the pages too.
      onKeyDown={(e) => {
        if (e.key === 'Escape' && pageView && !e.defaultPrevented) {
          e.preventDefault()
          closePages()
        }
      }}
    >
      {split ? (
        <Group
          className="reader-split-group"
          defaultLayout={splitLayout.defaultLayout}
          onLayoutChanged={splitLayout.onLayoutChanged}
        >
          <Panel id="reader-text" minSize={240}>
            {/* The text scrolls on its own beside the pages; `pane-content` is the scroller the
                reader's highlight painting looks for. */}
            <div className="pane-content reader-split-text">{text}</div>
          </Panel>
          <Separator className="separator" />
          <Panel id="reader-pages" minSize={240}>
            {pages}
          </Panel>
        </Group>
      ) : (
        text
      )}
      {selection && (
        <SelectionToolbar
          place={selection.place}
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

/**
 * While a long article is still being laid out in the background (useLayOutInSlices), blocks
 * above the passage change from their estimated to their real heights and can push it out of
 * view: it is scrolled back after each such change, until the text is laid out or the reader
 * scrolls, clicks or types.
 */
function holdInView(body: HTMLElement, span: Span): void {
  // One passage is held at a time: the last one asked for.
  stopHolding()
  const scroller = body.closest<HTMLElement>('.pane-content')
  if (body.dataset.laidOut === 'all' || !scroller || typeof ResizeObserver === 'undefined') return
  const resizes = new ResizeObserver(() => {
    if (!body.isConnected) return stop()
    // The slice that finishes the layout also moves what is above the passage: scroll back after
    // it too, then let go (stopping first left the passage wherever that last slice pushed it).
    scrollToSpan(body, span.start, span.end)
    if (body.dataset.laidOut === 'all') stop()
  })
  const stop = (): void => {
    resizes.disconnect()
    for (const type of USER_MOVES) scroller.removeEventListener(type, stop)
  }
  for (const type of USER_MOVES) scroller.addEventListener(type, stop, { passive: true })
  resizes.observe(body)
  stopHolding = stop
}
let stopHolding = (): void => {}
const USER_MOVES = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const

/** Below this reader width (CSS pixels) the text and its pages do not both fit side by side. */
const SPLIT_MIN_WIDTH = 640

/** Whether the element is at least `min` pixels wide, followed as it resizes. */
function useWideEnough(ref: React.RefObject<HTMLElement | null>, min: number): boolean {
  const [wide, setWide] = useState(true)
  useEffect(() => {
    const el = ref.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const check = (): void => setWide(el.clientWidth >= min)
    check()
    const resizes = new ResizeObserver(check)
    resizes.observe(el)
    return () => resizes.disconnect()
  }, [ref, min])
  return wide
}

/** The paragraph clicked: the block holding the offset, so the page view frames all of it. */
function paragraphAt(e: React.MouseEvent, offset: number): Span {
  const block = (e.target as Element | null)?.closest<HTMLElement>('[data-offset]')
  const start = Number(block?.dataset.offset ?? offset)
  const length = block?.textContent?.length ?? 1
  return Number.isFinite(start)
    ? { start, end: start + Math.max(1, length) }
    : { start: offset, end: offset + 1 }
}
