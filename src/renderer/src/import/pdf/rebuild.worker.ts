// Rebuilds a PDF's paragraphs off the page: for a 100-page report with word-by-word text items
// it is some 100 ms of work, which on the page thread would freeze the window while it ran.
import type { PdfPageText } from '@core/article/pdf/pdf-lines'
import { rebuildPdfText, type RebuiltPdfText } from '@core/article/pdf/rebuild-pdf-text'

export interface RebuildRequest {
  pages: PdfPageText[]
  fallbackTitle: string
  metadataTitle: string
}

export type RebuildResponse = { ok: true; rebuilt: RebuiltPdfText } | { ok: false; message: string }

self.onmessage = (event: MessageEvent<RebuildRequest>) => {
  const { pages, fallbackTitle, metadataTitle } = event.data
  let response: RebuildResponse
  try {
    response = { ok: true, rebuilt: rebuildPdfText(pages, fallbackTitle, metadataTitle) }
  } catch (error) {
    response = { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(response)
}
