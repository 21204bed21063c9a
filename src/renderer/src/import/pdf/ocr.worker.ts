// Reads a PDF's scanned pages by OCR, all of it off the page thread: pdf.js runs here (with its
// own parsing worker) and paints each page on an OffscreenCanvas at about 300 dpi, encoded as PNG
// here too; tesseract.js, started from here, reads it in its own worker; its answer (every word,
// line and letter with boxes: megabytes of objects) is turned into page items here. Painting,
// encoding and unpacking one A4 page take hundreds of milliseconds that would otherwise freeze
// the window; the page thread gets only the progress and the small item lists.
import * as pdfjs from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import Tesseract from 'tesseract.js'
import { ocrLines, ocrPageText } from '@core/article/pdf/ocr-page-text'
import type { PdfPageText } from '@core/article/pdf/pdf-lines'
import { documentOptions } from './load-pdfjs'

export interface OcrRequest {
  bytes: Uint8Array
  /** 1-based pages to read. */
  pages: number[]
  /** The app's address, under which its own data files are (vendor/…). */
  base: string
}

export type OcrResponse =
  | { kind: 'page'; current: number; total: number }
  | { kind: 'recognised'; pages: [number, PdfPageText][] }
  | { kind: 'failed'; message: string }

/** Pages are drawn for the engine at this resolution: its models are trained on ~300 dpi text. */
export const OCR_DPI = 300
/** …unless that makes a picture larger than this many pixels (a poster-sized page). */
const MAX_PIXELS = 4000 * 4000

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

interface Drawn {
  page: number
  png: Blob
  /** The picture's size in pixels, and the page's in points at scale 1. */
  image: { width: number; height: number }
  size: { width: number; height: number }
}

async function draw(doc: pdfjs.PDFDocumentProxy, pageNumber: number): Promise<Drawn> {
  const page = await doc.getPage(pageNumber)
  const size = page.getViewport({ scale: 1 })
  // Very large pages are drawn smaller: the engine's memory, not its accuracy, sets the limit.
  const fit = Math.sqrt(MAX_PIXELS / Math.max(1, size.width * size.height))
  const viewport = page.getViewport({ scale: Math.min(OCR_DPI / 72, fit) })
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
  const drawn = {
    page: pageNumber,
    png,
    image: { width: canvas.width, height: canvas.height },
    size: { width: size.width, height: size.height }
  }
  canvas.width = canvas.height = 0
  return drawn
}

/**
 * tesseract.js with the app's own engine, worker and English data: nothing from a CDN. A failure
 * to load the language data rejects no promise in tesseract.js 7 (only its `errorHandler` hears
 * of it, and `createWorker` never settles), so that handler fails the start here.
 */
async function startEngine(base: string) {
  const at = (path: string) => new URL(`vendor/tesseract/${path}`, base).href
  let fail: (error: Error) => void = () => undefined
  const failed = new Promise<never>((_, reject) => {
    fail = reject
  })
  failed.catch(() => undefined)
  const starting = Tesseract.createWorker('eng', Tesseract.OEM.LSTM_ONLY, {
    workerPath: at('worker.min.js'),
    corePath: at('tesseract-core-simd-lstm.wasm.js'),
    langPath: at(''),
    gzip: true,
    // A script from the app's origin, not a blob: the policy allows only 'self' scripts.
    workerBlobURL: false,
    // The data is the app's own file: no copy in IndexedDB.
    cacheMethod: 'none',
    errorHandler: (data: unknown) => fail(new Error(`Text recognition failed: ${String(data)}`))
  })
  try {
    const engine = await Promise.race([starting, failed])
    await Promise.race([engine.setParameters({ user_defined_dpi: String(OCR_DPI) }), failed])
    return { engine, failed }
  } catch (error) {
    // Whatever tesseract.js started is stopped, should it still come up.
    void starting.then((engine) => engine.terminate()).catch(() => undefined)
    throw error
  }
}

const send = (response: OcrResponse) => self.postMessage(response)

/** Each page drawn while the one before is read (the engine works in its own worker). */
async function recognise({ bytes, pages, base }: OcrRequest): Promise<[number, PdfPageText][]> {
  const out: [number, PdfPageText][] = []
  if (pages.length === 0) return out
  const task = pdfjs.getDocument({
    ...documentOptions(bytes, base),
    CanvasFactory: OffscreenCanvasFactory,
    FilterFactory: NoFilterFactory,
    isOffscreenCanvasSupported: true
  })
  let started: Awaited<ReturnType<typeof startEngine>> | null = null
  try {
    const doc = await task.promise
    let next = draw(doc, pages[0]!)
    // Awaited once the engine is up; a failure before then must not go unhandled.
    next.catch(() => undefined)
    started = await startEngine(base)
    const { engine, failed } = started
    for (let i = 0; i < pages.length; i++) {
      const drawn = await next
      if (i + 1 < pages.length) {
        next = draw(doc, pages[i + 1]!)
        next.catch(() => undefined)
      }
      send({ kind: 'page', current: i + 1, total: pages.length })
      const result = await Promise.race([
        engine.recognize(drawn.png, {}, { blocks: true, text: false }),
        failed
      ])
      out.push([drawn.page, ocrPageText(ocrLines(result.data.blocks), drawn.image, drawn.size)])
    }
    return out
  } finally {
    await started?.engine.terminate().catch(() => undefined)
    await task.destroy()
  }
}

self.onmessage = (event: MessageEvent<OcrRequest | { kind?: unknown }>) => {
  // pdf.js, running in this worker, shares its message channel: only our request is ours.
  if (!('pages' in event.data)) return
  recognise(event.data).then(
    (pages) => send({ kind: 'recognised', pages }),
    (error: unknown) =>
      send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
  )
}
