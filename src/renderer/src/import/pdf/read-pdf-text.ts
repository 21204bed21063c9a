import type { PdfPageText, PdfTextItem } from '../../../../core/article/pdf/pdf-lines'
import { documentOptions, loadPdfjs } from './load-pdfjs'

export interface PdfText {
  pages: PdfPageText[]
  /** The document's own title (its Info dictionary), '' when it has none. */
  metadataTitle: string
}

export type PdfReadProblem = 'encrypted' | 'damaged'

export class PdfReadError extends Error {
  constructor(
    readonly problem: PdfReadProblem,
    message: string
  ) {
    super(message)
  }
}

/**
 * The text items of every page, in page coordinates with the origin at the top left, reported
 * page by page to `onPage` (pdf.js parses in its worker; only the small conversion runs here).
 */
export async function readPdfText(
  bytes: Uint8Array,
  onPage: (done: number, total: number) => void
): Promise<PdfText> {
  const pdfjs = await loadPdfjs()
  const task = pdfjs.getDocument({ ...documentOptions(bytes), disableFontFace: true })
  try {
    let doc
    try {
      doc = await task.promise
    } catch (error) {
      if (error instanceof pdfjs.PasswordException)
        throw new PdfReadError('encrypted', 'it is protected by a password')
      throw new PdfReadError('damaged', 'it is damaged or not a PDF')
    }
    const pages: PdfPageText[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const viewport = page.getViewport({ scale: 1 })
      const content = await page.getTextContent()
      const items: PdfTextItem[] = []
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str === '') continue
        const tx = pdfjs.Util.transform(viewport.transform, raw.transform) as number[]
        const fontSize = Math.hypot(tx[2] ?? 0, tx[3] ?? 0)
        items.push({ str: raw.str, x: tx[4] ?? 0, y: tx[5] ?? 0, width: raw.width, fontSize })
      }
      pages.push({ width: viewport.width, height: viewport.height, items })
      page.cleanup()
      onPage(n, doc.numPages)
    }
    const info = (await doc.getMetadata().catch(() => null))?.info as
      { Title?: unknown } | undefined
    return { pages, metadataTitle: typeof info?.Title === 'string' ? info.Title : '' }
  } catch (error) {
    if (error instanceof PdfReadError) throw error
    throw new PdfReadError('damaged', 'it is damaged')
  } finally {
    await task.destroy()
  }
}
