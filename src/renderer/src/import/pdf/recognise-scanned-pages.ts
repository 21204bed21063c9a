import type { PdfPageText } from '@core/article/pdf/pdf-lines'
import type { OcrRequest, OcrResponse } from './ocr.worker'
import { runWorker } from './run-worker'

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
  const request: OcrRequest = { bytes: bytes.slice(), pages: [...pages], base }
  return runWorker<OcrResponse, Map<number, PdfPageText>>(
    new Worker(new URL('./ocr.worker.ts', import.meta.url), { type: 'module' }),
    request,
    (data) => {
      if (data.kind === 'page') {
        onPage(data.current, data.total)
        return { more: true }
      }
      if (data.kind === 'recognised') return { value: new Map(data.pages) }
      return { error: new Error(data.message) }
    },
    (event) => new Error(event.message || 'The text recognition worker stopped unexpectedly.')
  )
}
