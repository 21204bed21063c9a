// Reads the text items of every page of a PDF off the page thread. pdf.js parses in its own
// worker either way, but its module (over a megabyte) took 80–200 ms to load and evaluate on the
// page the first time a PDF was imported, and converting each page's items ran there too; here,
// the window only gets the progress and the item lists.
import * as pdfjs from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import type { PdfPageText, PdfTextItem } from '@core/article/pdf/pdf-lines'
import { documentOptions } from './load-pdfjs'

export interface PdfTextRequest {
  kind: 'read-text'
  bytes: Uint8Array
  /** The app's address, under which its own data files are (vendor/…). */
  base: string
}

export type PdfReadProblem = 'encrypted' | 'damaged'

export type PdfTextResponse =
  | { kind: 'page'; done: number; total: number; text: PdfPageText }
  | { kind: 'text'; metadataTitle: string }
  | { kind: 'failed'; problem: PdfReadProblem }

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl

const send = (response: PdfTextResponse) => self.postMessage(response)

async function readText({ bytes, base }: PdfTextRequest): Promise<PdfTextResponse> {
  const task = pdfjs.getDocument({ ...documentOptions(bytes, base), disableFontFace: true })
  try {
    let doc
    try {
      doc = await task.promise
    } catch (error) {
      return {
        kind: 'failed',
        problem: error instanceof pdfjs.PasswordException ? 'encrypted' : 'damaged'
      }
    }
    // Each page's items go with its progress: one message of every page's items would take the
    // page tens of milliseconds to unpack at once (structured clone) for a long report.
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
      page.cleanup()
      send({
        kind: 'page',
        done: n,
        total: doc.numPages,
        text: { width: viewport.width, height: viewport.height, items }
      })
    }
    const info = (await doc.getMetadata().catch(() => null))?.info as
      { Title?: unknown } | undefined
    return { kind: 'text', metadataTitle: typeof info?.Title === 'string' ? info.Title : '' }
  } catch {
    return { kind: 'failed', problem: 'damaged' }
  } finally {
    await task.destroy()
  }
}

self.onmessage = (event: MessageEvent<PdfTextRequest | { kind?: unknown }>) => {
  // pdf.js, running in this worker, shares its message channel: only our request is ours.
  if (event.data.kind !== 'read-text') return
  void readText(event.data as PdfTextRequest).then(send)
}
