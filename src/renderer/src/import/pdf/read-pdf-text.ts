import type { PdfPageText } from '@core/article/pdf/pdf-lines'
import type { PdfReadProblem, PdfTextRequest, PdfTextResponse } from './pdf-text.worker'
import { runWorker } from './run-worker'

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
  const request: PdfTextRequest = { kind: 'read-text', bytes: bytes.slice(), base }
  return runWorker<PdfTextResponse, PdfText>(
    new Worker(new URL('./pdf-text.worker.ts', import.meta.url), { type: 'module' }),
    request,
    (data) => {
      if (data.kind === 'page') {
        pages.push(data.text)
        onPage(data.done, data.total)
        return { more: true }
      }
      if (data.kind === 'text') return { value: { pages, metadataTitle: data.metadataTitle } }
      return { error: new PdfReadError(data.problem, PROBLEM_TEXT[data.problem]) }
    },
    () => new PdfReadError('damaged', 'the PDF reader stopped unexpectedly')
  )
}
