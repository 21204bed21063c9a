import type { ExportContext, ExportData, ExportFile, ExportFormat } from '@core/export/export-data'
import type { ExportRequest, ExportResponse } from './export-protocol'

export type RenderExport = (
  format: ExportFormat,
  data: ExportData,
  ctx: ExportContext,
  signal?: AbortSignal
) => Promise<ExportFile>

/** Renders an export in a fresh worker, terminated when done or when the user cancels. */
export const renderInWorker: RenderExport = (format, data, ctx, signal) =>
  new Promise<ExportFile>((resolve, reject) => {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' })
    const finish = (): void => {
      worker.terminate()
      signal?.removeEventListener('abort', onAbort)
    }
    const onAbort = (): void => {
      finish()
      reject(new DOMException('The export was cancelled.', 'AbortError'))
    }
    signal?.addEventListener('abort', onAbort)
    worker.onmessage = (event: MessageEvent<ExportResponse>) => {
      finish()
      if (event.data.ok) resolve(event.data.file)
      else reject(new Error(event.data.message))
    }
    worker.onerror = (event) => {
      finish()
      reject(new Error(event.message || 'The export worker stopped unexpectedly.'))
    }
    const request: ExportRequest = { id: 1, format, data, ctx }
    worker.postMessage(request)
  })
