import { docxToHtml } from './docx-html'
import type { DocxHtmlRequest, DocxHtmlResponse } from './docx-html-in-worker'

// The worker's global scope, typed without the WebWorker lib (the renderer compiles with DOM).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DocxHtmlRequest>) => void) | null
  postMessage: (message: DocxHtmlResponse) => void
}

// mammoth reads a long report for a second or more, and its authors advise reading untrusted
// documents away from the page with a time limit: here the window never freezes, and the page
// can end a stalled conversion.
scope.onmessage = (event) => {
  docxToHtml(event.data.bytes).then(
    (html) => scope.postMessage({ ok: true, html }),
    () => scope.postMessage({ ok: false })
  )
}
