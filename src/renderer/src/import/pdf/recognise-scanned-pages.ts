import type { PdfPageText } from '../../../../core/article/pdf/pdf-lines'
import type { OcrRequest, OcrResponse } from './ocr.worker'

/**
 * Recognises the text of the given pages (1-based) of a PDF by OCR, in a worker
 * (`ocr.worker.ts`): each page drawn at 300 dpi and read by tesseract.js with the app's own
 * engine and English data. Answers each page's words as text items for the paragraph rebuild.
 * `onPage(n, total)` is called as page n of the `total` starts (page 1 at once: the engine takes
 * a few seconds to come up). Rejects when a page cannot be drawn or read.
 */
export function recogniseScannedPages(
  bytes: Uint8Array,
  pages: readonly number[],
  onPage: (current: number, total: number) => void,
  base: string = document.baseURI
): Promise<Map<number, PdfPageText>> {
  if (pages.length === 0) return Promise.resolve(new Map())
  onPage(1, pages.length)
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./ocr.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<OcrResponse | { kind?: undefined }>) => {
      const data = event.data
      // pdf.js, running inside that worker, announces itself on the same channel: not ours.
      if (data.kind === undefined) return
      if (data.kind === 'page') {
        onPage(data.current, data.total)
        return
      }
      worker.terminate()
      if (data.kind === 'recognised') resolve(new Map(data.pages))
      else reject(new Error(data.message))
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message || 'The text recognition worker stopped unexpectedly.'))
    }
    const request: OcrRequest = { bytes: bytes.slice(), pages: [...pages], base }
    worker.postMessage(request)
  })
}
