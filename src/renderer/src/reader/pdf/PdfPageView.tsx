import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import {
  currentPage,
  pagesInView,
  scrollTopFor,
  stackPages,
  type PageBox
} from '@core/article/pdf/page-view-geometry'
import { pdfRectsForRange, type PdfRect } from '@core/article/pdf/pdf-rects-for-range'
import type { AnnotationRecord } from '@shared/model/annotation'
import type { ArticleRecord } from '@shared/model/article'
import type { PdfLayout } from '@shared/model/pdf-layout'
import type { Span } from '../../services/annotation-ui'
import { db } from '../../db/db'
import { documentOptions, loadPdfjs } from '../../import/pdf/load-pdfjs'
import { PdfPageCanvas, type PdfDocument } from './PdfPageCanvas'

interface PdfPageViewProps {
  article: ArticleRecord & { pdfLayout: PdfLayout }
  annotations: readonly AnnotationRecord[]
  /** The chosen annotation: the view turns to it when it changes. */
  activeId: string | null
  /** A passage chosen in the text (a click, a selection): the view turns to it. */
  target: (Span & { seq: number }) | null
  onClose: () => void
  /** True when the view was just opened from the keyboard or the button: it takes the focus. */
  focus?: React.RefObject<boolean>
}

/** Widest a page is drawn, in CSS pixels; narrower when the pane is. */
const MAX_PAGE_WIDTH = 820
const PAGE_GAP = 12
/** The column's side padding, in CSS pixels (styles.css, .pdf-pages). */
const SIDE_PADDING = 12
/** Zoom steps over the column's width: a page fitted to a narrow column has small print. */
const ZOOMS = [1, 1.25, 1.5, 2, 2.5, 3] as const

/**
 * The original pages of a PDF article in one scrolled column, beside the text, drawn by pdf.js
 * from the stored file. Only the pages in or near the view are drawn (a 100-page report would
 * otherwise hold 100 canvases); the others are boxes of the right size, so the scrollbar is
 * true from the start. The article's highlights are painted where their text sits (the import's
 * page map).
 */
export function PdfPageView({
  article,
  annotations,
  activeId,
  target,
  onClose,
  focus
}: PdfPageViewProps): ReactNode {
  const layout = article.pdfLayout
  // After "Update article text" the offsets belong to another text: paint nothing rather than
  // paint in the wrong place.
  const mapFits = layout.textHash === article.contentHash
  const pageCount = layout.pages.length

  // 'missing': no stored file (restored from a backup); 'failed': pdf.js could not open it.
  const [state, setState] = useState<'loading' | 'missing' | 'failed' | 'open'>('loading')
  const [doc, setDoc] = useState<PdfDocument | null>(null)
  useEffect(() => {
    let cancelled = false
    let destroy: (() => Promise<void>) | null = null
    void (async () => {
      try {
        const source = await db.sourceFiles.get(article.id)
        if (cancelled) return
        if (!source) return setState('missing')
        const pdfjs = await loadPdfjs()
        const task = pdfjs.getDocument(documentOptions(source.bytes))
        destroy = () => task.destroy()
        const opened = await task.promise
        if (cancelled) return
        setDoc(opened)
        setState('open')
      } catch {
        if (!cancelled) setState('failed')
      }
    })()
    return () => {
      cancelled = true
      setDoc(null)
      void destroy?.()
    }
  }, [article.id])

  // The column's width decides every page's size; its scroll position which pages are drawn.
  const scroller = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(0)
  const [view, setView] = useState({ top: 0, height: 0 })
  // The view can mount twice on opening (in the text's place, then beside it once the workbench
  // has made room): each time it takes the focus it was given, until something else has it.
  // A layout effect, so the listener is gone before a remount removes the element.
  useLayoutEffect(() => {
    const el = scroller.current
    if (!el || !focus?.current) return
    el.focus({ preventScroll: true })
    const done = (): void => {
      focus.current = false
    }
    el.addEventListener('focusout', done)
    return () => el.removeEventListener('focusout', done)
  }, [focus])
  useLayoutEffect(() => {
    const el = scroller.current
    if (!el) return
    const measure = (): void => {
      setWidth(Math.min(MAX_PAGE_WIDTH, Math.max(0, el.clientWidth - 2 * SIDE_PADDING)))
      setView({ top: el.scrollTop, height: el.clientHeight })
    }
    measure()
    const resizes = new ResizeObserver(measure)
    resizes.observe(el)
    let frame = 0
    const onScroll = (): void => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        setView({ top: el.scrollTop, height: el.clientHeight })
      })
    }
    el.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      resizes.disconnect()
      el.removeEventListener('scroll', onScroll)
      cancelAnimationFrame(frame)
    }
  }, [state])

  const [zoom, setZoom] = useState(0)
  const zoomBy = (step: number): void =>
    setZoom((z) => Math.min(ZOOMS.length - 1, Math.max(0, z + step)))
  const pageWidth = Math.round(width * (ZOOMS[zoom] ?? 1))
  const boxes = useMemo(
    () => (pageWidth > 0 ? stackPages(layout.pages, pageWidth, PAGE_GAP) : []),
    [layout.pages, pageWidth]
  )
  // Resizing the split or zooming keeps the same place of the same page in view.
  const place = useRef<{ page: number; fraction: number } | null>(null)
  const placedBoxes = useRef(boxes)
  useLayoutEffect(() => {
    const el = scroller.current
    const was = place.current
    if (placedBoxes.current === boxes) return
    placedBoxes.current = boxes
    const box = was && boxes[was.page - 1]
    if (!el || !box) return
    el.scrollTop = box.top + was.fraction * box.height
    setView({ top: el.scrollTop, height: el.clientHeight })
  }, [boxes])
  const bottom = view.top + view.height
  const drawn = pagesInView(boxes, view.top, bottom, view.height)
  const page = currentPage(boxes, view.top, bottom)
  useEffect(() => {
    const box = boxes[page - 1]
    if (box && placedBoxes.current === boxes)
      place.current = { page, fraction: (view.top - box.top) / box.height }
  }, [boxes, page, view.top])

  // Every annotation's rectangles, by page: painting a page then reads only its own.
  const byPage = useMemo(() => {
    const out = new Map<number, { key: string; id: string; colour: number; rect: PdfRect }[]>()
    if (!mapFits) return out
    for (const a of annotations) {
      if (a.anchor.status === 'orphaned') continue
      pdfRectsForRange(layout, a.anchor.start, a.anchor.end).forEach((rect, i) => {
        const list = out.get(rect.page) ?? []
        list.push({ key: `${a.id}-${i}`, id: a.id, colour: a.colour, rect })
        out.set(rect.page, list)
      })
    }
    return out
  }, [annotations, layout, mapFits])

  // Turning to a passage: the chosen annotation, or what was clicked or selected in the text.
  // The passage's box is kept in PDF points, so it stays on its words when the pane is resized.
  const [located, setLocated] = useState<{ page: number; box: Located } | null>(null)
  const ready = boxes.length > 0
  const locate = (start: number, end: number): void => {
    const el = scroller.current
    if (!el || !mapFits || !ready) return
    const rects = pdfRectsForRange(layout, start, Math.max(end, start + 1))
    const to = scrollTopFor(boxes, rects, el.clientHeight)
    if (!to) return
    el.scrollTo({ top: to.top })
    setView({ top: el.scrollTop, height: el.clientHeight })
    const scale = boxes[to.page - 1]?.scale ?? 1
    setLocated({
      page: to.page,
      box: { x: to.box.x / scale, y: to.box.y / scale, w: to.box.w / scale, h: to.box.h / scale }
    })
  }
  const active = annotations.find((a) => a.id === activeId && a.anchor.status !== 'orphaned')
  // Only when the choice changes (or the pages are first laid out), not on every edit: scrolling
  // by hand afterwards is the reader's. The text's target runs second, so on opening it wins.
  useEffect(() => {
    if (active) locate(active.anchor.start, active.anchor.end)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active?.id, ready])
  useEffect(() => {
    if (target) locate(target.start, target.end)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target?.seq, ready])

  const turnTo = (n: number): void => {
    const el = scroller.current
    const box = boxes[Math.min(pageCount, Math.max(1, n)) - 1]
    if (!el || !box) return
    el.scrollTo({ top: box.top })
    setView({ top: el.scrollTop, height: el.clientHeight })
  }

  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey) return
    const keys: Record<string, () => void> = {
      Escape: onClose,
      PageDown: () => turnTo(page + 1),
      PageUp: () => turnTo(page - 1),
      ArrowRight: () => turnTo(page + 1),
      ArrowLeft: () => turnTo(page - 1),
      Home: () => turnTo(1),
      End: () => turnTo(pageCount),
      '+': () => zoomBy(1),
      '=': () => zoomBy(1),
      '-': () => zoomBy(-1),
      '0': () => setZoom(0)
    }
    const run = keys[e.key]
    if (!run) return
    e.preventDefault()
    e.stopPropagation()
    run()
  }

  const total = boxes.length ? boxes[boxes.length - 1]!.top + boxes[boxes.length - 1]!.height : 0
  return (
    <section className="pdf-page-view" aria-label="Original pages" onKeyDown={onKeyDown}>
      <div className="pdf-page-nav" role="group" aria-label="Pages">
        <button
          type="button"
          className="button button-small"
          disabled={page <= 1 || state !== 'open'}
          onClick={() => turnTo(page - 1)}
        >
          Previous page
        </button>
        <span className="pdf-page-count" aria-live="polite" data-testid="pdf-page-count">
          Page {page} of {pageCount}
        </span>
        <button
          type="button"
          className="button button-small"
          disabled={page >= pageCount || state !== 'open'}
          onClick={() => turnTo(page + 1)}
        >
          Next page
        </button>
        <span className="pdf-page-zoom" role="group" aria-label="Zoom">
          <button
            type="button"
            className="icon-button"
            aria-label="Zoom out"
            title="Zoom out (−)"
            disabled={zoom === 0}
            onClick={() => zoomBy(-1)}
          >
            −
          </button>
          <span className="pdf-zoom-level" data-testid="pdf-zoom">
            {zoom === 0 ? 'Fit width' : `${Math.round((ZOOMS[zoom] ?? 1) * 100)} %`}
          </span>
          <button
            type="button"
            className="icon-button"
            aria-label="Zoom in"
            title="Zoom in (+)"
            disabled={zoom === ZOOMS.length - 1}
            onClick={() => zoomBy(1)}
          >
            +
          </button>
        </span>
        <button
          type="button"
          className="icon-button pdf-page-close"
          aria-label="Close original pages"
          title="Close original pages (Escape)"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {!mapFits && (
        <p className="pdf-page-note">
          The text was updated since the import: highlights are not shown on the pages.
        </p>
      )}
      {state === 'missing' && (
        <p className="pdf-page-message">
          The original PDF is not stored in this workbench (a backup keeps the text and the page
          map, not the file), so its pages cannot be shown. The text has everything you annotated.
        </p>
      )}
      {state === 'failed' && (
        <p className="pdf-page-message">The stored PDF could not be opened to show its pages.</p>
      )}
      <div
        ref={scroller}
        className="pdf-pages"
        data-testid="pdf-pages"
        // Focusable so the keys page through it (PageUp/PageDown, arrows, Home/End, Escape).
        tabIndex={0}
        role="region"
        aria-label={`Original pages, page ${page} of ${pageCount}. Page Up and Page Down turn the pages, plus and minus zoom, Escape closes.`}
        hidden={state === 'missing' || state === 'failed'}
      >
        <div className="pdf-pages-column" style={{ height: total, width: boxes[0]?.width ?? 0 }}>
          {boxes.map((box) => (
            <PageFrame
              key={box.page}
              box={box}
              doc={drawn && box.page >= drawn.first && box.page <= drawn.last ? doc : null}
              highlights={byPage.get(box.page)}
              located={located?.page === box.page ? located.box : null}
            />
          ))}
        </div>
      </div>
    </section>
  )
}

type Located = { x: number; y: number; w: number; h: number }

/** One page's place in the column: its drawing when near the view, its highlights once drawn. */
function PageFrame({
  box,
  doc,
  highlights,
  located
}: {
  box: PageBox
  doc: PdfDocument | null
  highlights: { key: string; id: string; colour: number; rect: PdfRect }[] | undefined
  located: Located | null
}): ReactNode {
  const [drawnAt, setDrawnAt] = useState<number | null>(null)
  const isDrawn = doc !== null && drawnAt === box.width
  return (
    <div
      className="pdf-page"
      data-testid="pdf-page"
      data-page-number={box.page}
      data-drawn={isDrawn ? 'true' : undefined}
      role="img"
      aria-label={`Original page ${box.page}`}
      style={{ top: box.top, width: box.width, height: box.height }}
    >
      {doc && (
        <PdfPageCanvas
          doc={doc}
          page={box.page}
          width={box.width}
          onDrawn={() => setDrawnAt(box.width)}
        />
      )}
      {isDrawn &&
        highlights?.map((h) => (
          <div
            key={h.key}
            className={`pdf-highlight pdf-highlight-${h.colour}`}
            data-testid="pdf-highlight"
            data-annotation-id={h.id}
            style={{
              left: h.rect.x * box.scale,
              top: h.rect.y * box.scale,
              width: h.rect.w * box.scale,
              height: h.rect.h * box.scale
            }}
          />
        ))}
      {located && (
        <div
          className="pdf-located"
          data-testid="pdf-located"
          style={{
            left: located.x * box.scale - 3,
            top: located.y * box.scale - 3,
            width: located.w * box.scale + 6,
            height: located.h * box.scale + 6
          }}
        />
      )}
    </div>
  )
}
