import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { pdfPageOfRange, pdfRectsForRange } from '../../../../core/article/pdf/pdf-rects-for-range'
import type { AnnotationRecord } from '../../../../shared/model/annotation'
import type { ArticleRecord } from '../../../../shared/model/article'
import type { PdfLayout } from '../../../../shared/model/pdf-layout'
import { db } from '../../db/db'
import { documentOptions, loadPdfjs } from '../../import/pdf/load-pdfjs'

type PdfDocument = Awaited<
  ReturnType<Awaited<ReturnType<typeof loadPdfjs>>['getDocument']>['promise']
>

interface PdfPageViewProps {
  article: ArticleRecord & { pdfLayout: PdfLayout }
  annotations: readonly AnnotationRecord[]
  /** The annotation to open on: its page is shown first. */
  activeId: string | null
}

/** Widest a page is drawn, in CSS pixels; narrower when the pane is. */
const MAX_PAGE_WIDTH = 820

/**
 * The original pages of a PDF article, one at a time, drawn by pdf.js from the stored file, with
 * the article's highlights painted where their text sits (from the import's page map).
 */
export function PdfPageView({ article, annotations, activeId }: PdfPageViewProps): ReactNode {
  const layout = article.pdfLayout
  // After "Update article text" the offsets belong to another text: paint nothing rather than
  // paint in the wrong place.
  const mapFits = layout.textHash === article.contentHash
  const pageCount = layout.pages.length
  const firstPage = useMemo(() => {
    const active = annotations.find((a) => a.id === activeId && a.anchor.status !== 'orphaned')
    return (
      (active && mapFits && pdfPageOfRange(layout, active.anchor.start, active.anchor.end)) || 1
    )
    // Only when the article or the chosen annotation changes, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [article.id, activeId])
  const [page, setPage] = useState(firstPage)
  // Choosing another annotation turns to its page (state adjusted while rendering, as React
  // advises for state that follows a prop).
  const [shownFor, setShownFor] = useState(firstPage)
  if (shownFor !== firstPage) {
    setShownFor(firstPage)
    setPage(firstPage)
  }

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

  const frame = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const [scale, setScale] = useState(0)
  const [drawn, setDrawn] = useState(0)
  useEffect(() => {
    const target = canvas.current
    if (!doc || !target || !frame.current) return
    let cancelled = false
    let cancelRender: (() => void) | null = null
    void (async () => {
      const pdfPage = await doc.getPage(page)
      if (cancelled) return
      const natural = pdfPage.getViewport({ scale: 1 })
      const width = Math.min(MAX_PAGE_WIDTH, frame.current?.clientWidth ?? MAX_PAGE_WIDTH)
      const cssScale = width / natural.width
      const ratio = window.devicePixelRatio || 1
      const viewport = pdfPage.getViewport({ scale: cssScale * ratio })
      target.width = Math.floor(viewport.width)
      target.height = Math.floor(viewport.height)
      target.style.width = `${Math.floor(natural.width * cssScale)}px`
      target.style.height = `${Math.floor(natural.height * cssScale)}px`
      const task = pdfPage.render({ canvas: target, viewport })
      cancelRender = () => task.cancel()
      try {
        await task.promise
        if (!cancelled) {
          setScale(cssScale)
          setDrawn(page)
        }
      } catch {
        // A render cancelled by turning the page is not a failure.
      }
    })()
    return () => {
      cancelled = true
      cancelRender?.()
    }
  }, [doc, page])

  const highlights = useMemo(() => {
    if (!mapFits) return []
    return annotations.flatMap((a) =>
      a.anchor.status === 'orphaned'
        ? []
        : pdfRectsForRange(layout, a.anchor.start, a.anchor.end)
            .filter((r) => r.page === page)
            .map((r, i) => ({ key: `${a.id}-${i}`, id: a.id, colour: a.colour, rect: r }))
    )
  }, [annotations, layout, mapFits, page])

  if (state === 'missing')
    return (
      <p className="pdf-page-message">
        The original PDF is not stored in this workbench (a backup keeps the text and the page map,
        not the file), so its pages cannot be shown. The text view has everything you annotated.
      </p>
    )
  if (state === 'failed')
    return <p className="pdf-page-message">The stored PDF could not be opened to show its pages.</p>
  return (
    <div className="pdf-page-view" ref={frame}>
      <div className="pdf-page-nav" role="group" aria-label="Pages">
        <button
          type="button"
          className="button button-small"
          disabled={page <= 1}
          onClick={() => setPage((p) => Math.max(1, p - 1))}
        >
          Previous page
        </button>
        <span aria-live="polite">
          Page {page} of {pageCount}
        </span>
        <button
          type="button"
          className="button button-small"
          disabled={page >= pageCount}
          onClick={() => setPage((p) => Math.min(pageCount, p + 1))}
        >
          Next page
        </button>
        {!mapFits && (
          <span className="pdf-page-note">
            The text was updated since the import: highlights are not shown on the pages.
          </span>
        )}
      </div>
      <div
        className="pdf-page"
        data-testid="pdf-page"
        data-page={drawn === page ? page : undefined}
        aria-label={`Original page ${page}`}
        role="img"
      >
        <canvas ref={canvas} />
        {drawn === page &&
          highlights.map((h) => (
            <div
              key={h.key}
              className={`pdf-highlight pdf-highlight-${h.colour}`}
              data-testid="pdf-highlight"
              data-annotation-id={h.id}
              style={{
                left: h.rect.x * scale,
                top: h.rect.y * scale,
                width: h.rect.w * scale,
                height: h.rect.h * scale
              }}
            />
          ))}
      </div>
    </div>
  )
}
