import type { ExportContext, ExportData, ExportFile, ExportFormat } from '@core/export/export-data'

/** Messages between the export dialog and its worker. */
export interface ExportRequest {
  id: number
  format: ExportFormat
  data: ExportData
  ctx: ExportContext
}

export type ExportResponse =
  { id: number; ok: true; file: ExportFile } | { id: number; ok: false; message: string }
