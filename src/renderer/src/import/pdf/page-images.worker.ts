// Draws a PDF's scanned pages as pictures for text recognition, off the page thread: pdf.js runs
// here (with its own parsing worker) and paints each page on an OffscreenCanvas at about 300 dpi,
// which is then encoded as PNG here too. Painting and encoding one A4 page at that size takes
// hundreds of milliseconds that would otherwise freeze the window.
import * as pdfjs from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { documentOptions } from './load-pdfjs'

export type PageImagesRequest =
  | { kind: 'open'; bytes: Uint8Array; base: string }
  | { kind: 'draw'; page: number; scale: number; maxPixels: number }

export type PageImagesResponse =
  | { kind: 'opened'; pages: number }
  | {
      kind: 'drawn'
      page: number
      png: Blob
      /** The picture's size in pixels, and the page's in points at scale 1. */
      image: { width: number; height: number }
      size: { width: number; height: number }
    }
  | { kind: 'failed'; message: string }

/** Canvases for pdf.js's own use (masks, patterns, groups) where there is no document. */
class OffscreenCanvasFactory {
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(width, height)
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) }
  }
  reset(target: { canvas: OffscreenCanvas }, width: number, height: number): void {
    target.canvas.width = width
    target.canvas.height = height
  }
  destroy(target: { canvas: OffscreenCanvas | null; context: unknown }): void {
    if (target.canvas) target.canvas.width = target.canvas.height = 0
    target.canvas = null
    target.context = null
  }
  getNoAlphaContext(canvas: OffscreenCanvas) {
    return canvas.getContext('2d', { alpha: false, willReadFrequently: true })
  }
}

/** pdf.js's SVG filters need a document; a scan is read well enough without them. */
class NoFilterFactory {
  addFilter(): string {
    return 'none'
  }
  addHCMFilter(): string {
    return 'none'
  }
  addAlphaFilter(): string {
    return 'none'
  }
  addLuminosityFilter(): string {
    return 'none'
  }
  addKnockoutFilter(): string {
    return 'none'
  }
  addHighlightHCMFilter(): string {
    return 'none'
  }
  addSelectionHCMFilter(): string {
    return 'none'
  }
  addSelectionFilter(): string {
    return 'none'
  }
  createSelectionStyle(): null {
    return null
  }
  destroy(): void {}
}

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl
let doc: pdfjs.PDFDocumentProxy | null = null

async function handle(request: PageImagesRequest): Promise<PageImagesResponse> {
  if (request.kind === 'open') {
    const task = pdfjs.getDocument({
      ...documentOptions(request.bytes, request.base),
      CanvasFactory: OffscreenCanvasFactory,
      FilterFactory: NoFilterFactory,
      isOffscreenCanvasSupported: true
    })
    doc = await task.promise
    return { kind: 'opened', pages: doc.numPages }
  }
  if (!doc) throw new Error('No PDF is open.')
  const page = await doc.getPage(request.page)
  const size = page.getViewport({ scale: 1 })
  // Very large pages are drawn smaller: the engine's memory, not its accuracy, sets the limit.
  const fit = Math.sqrt(request.maxPixels / Math.max(1, size.width * size.height))
  const viewport = page.getViewport({ scale: Math.min(request.scale, fit) })
  const canvas = new OffscreenCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
  const context = canvas.getContext('2d', { alpha: false })
  if (!context) throw new Error('No canvas to draw the page on.')
  context.fillStyle = '#fff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
    annotationMode: pdfjs.AnnotationMode.DISABLE
  }).promise
  page.cleanup()
  const png = await canvas.convertToBlob({ type: 'image/png' })
  const drawn: PageImagesResponse = {
    kind: 'drawn',
    page: request.page,
    png,
    image: { width: canvas.width, height: canvas.height },
    size: { width: size.width, height: size.height }
  }
  canvas.width = canvas.height = 0
  return drawn
}

// One request at a time, in order: the page thread waits for each answer before the next.
let queue = Promise.resolve()
self.onmessage = (event: MessageEvent<PageImagesRequest>) => {
  queue = queue.then(async () => {
    let response: PageImagesResponse
    try {
      response = await handle(event.data)
    } catch (error) {
      response = { kind: 'failed', message: error instanceof Error ? error.message : String(error) }
    }
    self.postMessage(response)
  })
}
