export interface DocxHtmlRequest {
  bytes: Uint8Array
}
export type DocxHtmlResponse = { ok: true; html: string } | { ok: false }

export type DocxHtml = { ok: true; html: string } | { ok: false; reason: 'damaged' | 'timeout' }

/** Longest a conversion may take; a 200-page report takes about 2 s on a loaded 2-core machine. */
export const DOCX_TIMEOUT_MS = 60_000

/**
 * Converts a checked Word file to HTML in a fresh module worker, ended when done or after
 * `timeoutMs`. Where there are no workers (unit tests under jsdom) it converts in place.
 */
export async function docxHtmlInWorker(
  bytes: Uint8Array,
  timeoutMs: number = DOCX_TIMEOUT_MS
): Promise<DocxHtml> {
  if (typeof Worker === 'undefined') {
    const { docxToHtml } = await import('./docx-html')
    try {
      return { ok: true, html: await docxToHtml(bytes) }
    } catch {
      return { ok: false, reason: 'damaged' }
    }
  }
  return new Promise<DocxHtml>((resolve) => {
    const worker = new Worker(new URL('./docx.worker.ts', import.meta.url), { type: 'module' })
    const finish = (result: DocxHtml): void => {
      clearTimeout(timer)
      worker.terminate()
      resolve(result)
    }
    const timer = setTimeout(() => finish({ ok: false, reason: 'timeout' }), timeoutMs)
    worker.onmessage = (event: MessageEvent<DocxHtmlResponse>) =>
      finish(event.data.ok ? { ok: true, html: event.data.html } : { ok: false, reason: 'damaged' })
    worker.onerror = () => finish({ ok: false, reason: 'damaged' })
    const request: DocxHtmlRequest = { bytes }
    worker.postMessage(request)
  })
}
