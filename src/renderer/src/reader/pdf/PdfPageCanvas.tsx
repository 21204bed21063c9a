import { useEffect, useRef, type ReactNode } from 'react'
import type { loadPdfjs } from '../../import/pdf/load-pdfjs'

export type PdfDocument = Awaited<
  ReturnType<Awaited<ReturnType<typeof loadPdfjs>>['getDocument']>['promise']
>

/**
 * One page drawn by pdf.js at `width` CSS pixels (sharp on high-density screens). pdf.js parses
 * and decodes in its worker; its drawing on the page runs in slices of about 15 ms, so a busy
 * page does not hold the main thread. Unmounting (the page scrolled away) or a new width cancels
 * a drawing under way.
 */
export function PdfPageCanvas({
  doc,
  page,
  width,
  onDrawn
}: {
  doc: PdfDocument
  page: number
  width: number
  onDrawn: () => void
}): ReactNode {
  const canvas = useRef<HTMLCanvasElement>(null)
  const drawn = useRef(onDrawn)
  useEffect(() => {
    drawn.current = onDrawn
  })
  useEffect(() => {
    const target = canvas.current
    if (!target || width <= 0) return
    let cancelled = false
    let cancelRender: (() => void) | null = null
    void (async () => {
      try {
        const pdfPage = await doc.getPage(page)
        if (cancelled) return
        const natural = pdfPage.getViewport({ scale: 1 })
        const ratio = window.devicePixelRatio || 1
        const viewport = pdfPage.getViewport({ scale: (width / natural.width) * ratio })
        // Drawn off screen first: the page shown keeps its old drawing until the new one is done.
        const next = document.createElement('canvas')
        next.width = Math.floor(viewport.width)
        next.height = Math.floor(viewport.height)
        const task = pdfPage.render({ canvas: next, viewport })
        cancelRender = () => task.cancel()
        await task.promise
        if (cancelled) return
        target.width = next.width
        target.height = next.height
        target.getContext('2d')?.drawImage(next, 0, 0)
        drawn.current()
      } catch {
        // A drawing cancelled by scrolling or resizing is not a failure; a page pdf.js cannot draw
        // stays a blank box, its highlights unpainted, rather than breaking the view.
      }
    })()
    return () => {
      cancelled = true
      cancelRender?.()
    }
  }, [doc, page, width])
  return <canvas ref={canvas} />
}
