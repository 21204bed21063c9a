import { renderExport } from '@core/export/render-export'
import type { ExportRequest, ExportResponse } from './export-protocol'

// The worker's global scope, typed without the WebWorker lib (the renderer compiles with DOM).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null
  postMessage: (message: ExportResponse, transfer?: Transferable[]) => void
}

// Rendering a long brief (DOCX above all) takes long enough to freeze the window; here it does not.
scope.onmessage = (event) => {
  const { id, format, data, ctx } = event.data
  renderExport(format, data, ctx).then(
    (file) =>
      scope.postMessage(
        { id, ok: true, file },
        file.data instanceof Uint8Array ? [file.data.buffer] : []
      ),
    (error: unknown) =>
      scope.postMessage({
        id,
        ok: false,
        message: error instanceof Error ? error.message : String(error)
      })
  )
}
