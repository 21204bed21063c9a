import type { PdfPageText } from '@core/article/pdf/pdf-lines'
import type { RebuiltPdfText } from '@core/article/pdf/rebuild-pdf-text'
import type { RebuildRequest, RebuildResponse } from './rebuild.worker'

/** rebuildPdfText in a fresh module worker, terminated when it answers. */
export function rebuildInWorker(
  pages: PdfPageText[],
  fallbackTitle: string,
  metadataTitle: string
): Promise<RebuiltPdfText> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./rebuild.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<RebuildResponse>) => {
      worker.terminate()
      if (event.data.ok) resolve(event.data.rebuilt)
      else reject(new Error(event.data.message))
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message || 'The PDF worker stopped unexpectedly.'))
    }
    const request: RebuildRequest = { pages, fallbackTitle, metadataTitle }
    worker.postMessage(request)
  })
}
