import type { PdfPageText } from '../../../../core/article/pdf/pdf-lines'
import type { PdfReadProblem, PdfTextRequest, PdfTextResponse } from './pdf-text.worker'

export type { PdfReadProblem }

export interface PdfText {
  pages: PdfPageText[]
  /** The document's own title (its Info dictionary), '' when it has none. */
  metadataTitle: string
}

export class PdfReadError extends Error {
  constructor(
    readonly problem: PdfReadProblem,
    message: string
  ) {
    super(message)
  }
}

const PROBLEM_TEXT: Record<PdfReadProblem, string> = {
  encrypted: 'it is protected by a password',
  damaged: 'it is damaged or not a PDF'
}

/**
 * The text items of every page, in page coordinates with the origin at the top left, reported
 * page by page to `onPage`. All of it runs in a worker (`pdf-text.worker.ts`), pdf.js included,
 * so reading a PDF never holds the window up.
 */
export function readPdfText(
  bytes: Uint8Array,
  onPage: (done: number, total: number) => void,
  base: string = document.baseURI
): Promise<PdfText> {
  const pages: PdfPageText[] = []
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pdf-text.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<PdfTextResponse | { kind?: undefined }>) => {
      const data = event.data
      // pdf.js, running inside that worker, announces itself on the same channel: not ours.
      if (data.kind === undefined) return
      if (data.kind === 'page') {
        pages.push(data.text)
        onPage(data.done, data.total)
        return
      }
      worker.terminate()
      if (data.kind === 'text') resolve({ pages, metadataTitle: data.metadataTitle })
      else reject(new PdfReadError(data.problem, PROBLEM_TEXT[data.problem]))
    }
    worker.onerror = () => {
      worker.terminate()
      reject(new PdfReadError('damaged', 'the PDF reader stopped unexpectedly'))
    }
    const request: PdfTextRequest = { kind: 'read-text', bytes: bytes.slice(), base }
    worker.postMessage(request)
  })
}
