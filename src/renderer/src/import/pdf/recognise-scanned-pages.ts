import { ocrLines, ocrPageText } from '../../../../core/article/pdf/ocr-page-text'
import type { PdfPageText } from '../../../../core/article/pdf/pdf-lines'
import type { PageImagesRequest, PageImagesResponse } from './page-images.worker'

/** Pages are drawn for the engine at this resolution: its models are trained on ~300 dpi text. */
export const OCR_DPI = 300
/** …unless that makes a picture larger than this many pixels (a poster-sized page). */
const MAX_PIXELS = 4000 * 4000

type Drawn = Extract<PageImagesResponse, { kind: 'drawn' }>

/** The page-drawing worker, asked one thing at a time (it answers in order). */
function pageImagesWorker() {
  const worker = new Worker(new URL('./page-images.worker.ts', import.meta.url), {
    type: 'module'
  })
  const waiting: { resolve: (r: PageImagesResponse) => void; reject: (e: Error) => void }[] = []
  worker.onmessage = (event: MessageEvent<PageImagesResponse | { kind?: undefined }>) => {
    // pdf.js, running inside that worker, announces itself on the same channel: not ours.
    if (event.data.kind === undefined) return
    waiting.shift()?.resolve(event.data)
  }
  worker.onerror = (event) => {
    const error = new Error(event.message || 'The page-drawing worker stopped unexpectedly.')
    for (const w of waiting.splice(0)) w.reject(error)
  }
  const ask = (request: PageImagesRequest): Promise<PageImagesResponse> =>
    new Promise((resolve, reject) => {
      waiting.push({ resolve, reject })
      worker.postMessage(request)
    })
  return { ask, terminate: () => worker.terminate() }
}

/**
 * tesseract.js with the app's own engine, worker and English data: nothing from a CDN. A failure
 * to load the language data rejects no promise in tesseract.js 7 (only its `errorHandler` hears
 * of it, and `createWorker` never settles), so that handler fails the start here.
 */
async function startEngine(base: string) {
  const Tesseract = (await import('tesseract.js')).default
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

/**
 * Recognises the text of the given pages (1-based) of a PDF: each is drawn in a worker and read
 * by tesseract in its own worker, the next page drawn while one is read. Answers each page's
 * words as text items for the paragraph rebuild. `onPage(n, total)` is called as page n of the
 * `total` starts. Throws when a page cannot be drawn or read.
 */
export async function recogniseScannedPages(
  bytes: Uint8Array,
  pages: readonly number[],
  onPage: (current: number, total: number) => void,
  base: string = document.baseURI
): Promise<Map<number, PdfPageText>> {
  const out = new Map<number, PdfPageText>()
  if (pages.length === 0) return out
  // The line shows from the start: the engine takes a few seconds to come up.
  onPage(1, pages.length)
  const images = pageImagesWorker()
  let started: Awaited<ReturnType<typeof startEngine>> | null = null
  try {
    const opened = await images.ask({ kind: 'open', bytes: bytes.slice(), base })
    if (opened.kind === 'failed') throw new Error(opened.message)
    const draw = async (page: number): Promise<Drawn> => {
      const drawn = await images.ask({
        kind: 'draw',
        page,
        scale: OCR_DPI / 72,
        maxPixels: MAX_PIXELS
      })
      if (drawn.kind !== 'drawn')
        throw new Error(drawn.kind === 'failed' ? drawn.message : `Page ${page} was not drawn.`)
      return drawn
    }
    let next = draw(pages[0]!)
    // Awaited once the engine is up; a failure before then must not go unhandled.
    next.catch(() => undefined)
    started = await startEngine(base)
    const { engine, failed } = started
    for (let i = 0; i < pages.length; i++) {
      const drawn = await next
      if (i + 1 < pages.length) {
        next = draw(pages[i + 1]!)
        next.catch(() => undefined)
      }
      onPage(i + 1, pages.length)
      const result = await Promise.race([
        engine.recognize(drawn.png, {}, { blocks: true, text: false }),
        failed
      ])
      out.set(drawn.page, ocrPageText(ocrLines(result.data.blocks), drawn.image, drawn.size))
    }
    return out
  } finally {
    images.terminate()
    await started?.engine.terminate().catch(() => undefined)
  }
}
