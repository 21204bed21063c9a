import { FORMAT_SPECS, exportBlocker } from '@core/export/render-export'
import type { ExportContext, ExportFormat, ExportScope } from '@core/export/export-data'
import { fail, ok, type Result } from '@shared/result'
import type { WorkbenchDb } from '../db/workbench-db'
import type { Platform } from '../platform/platform'
import type { ExchangeSettings } from './exchange-settings'
import { loadExportData } from './load-export-data'
import { getSetting } from '../db/queries/get-setting'
import { defaultColourLabels, isColourLabels } from '../annotations/colours'
import type { RenderExport } from './render-in-worker'

export type ExportPhase = 'collecting' | 'rendering' | 'printing' | 'saving'

/** How an export ended: saved at a path, handed to the browser's print dialog, or cancelled. */
export type ExportOutcome =
  | { kind: 'saved'; path: string; fileName: string }
  | { kind: 'printing'; fileName: string; reason: string }
  | { kind: 'cancelled' }

export interface ExportJob {
  db: WorkbenchDb
  platform: Platform
  render: RenderExport
  /** Browser mode's PDF when its server cannot print one: the browser's print dialog. */
  printInBrowser: (html: string) => Promise<void>
  format: ExportFormat
  scope: ExportScope
  now: Date
  appVersion: string
  /** ACLED CSV: start with a UTF-8 byte-order mark (for Excel on Windows). */
  csvByteOrderMark?: boolean
  /** STIX and MISP: the TLP marking and author chosen in the dialog. */
  exchange?: ExchangeSettings
  onPhase: (phase: ExportPhase) => void
  signal?: AbortSignal
}

const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError'

/** Collects, renders, prints (PDF) and saves one export; every failure comes back as a message. */
export async function runExport(job: ExportJob): Promise<Result<ExportOutcome>> {
  const spec = FORMAT_SPECS[job.format]
  try {
    job.onPhase('collecting')
    const data = await loadExportData(job.db, job.scope)
    const blocker = exportBlocker(job.format, data)
    if (blocker) return fail('not-found', blocker)
    if (job.signal?.aborted) return ok({ kind: 'cancelled' })

    job.onPhase('rendering')
    // Annotations are classified by the colour labels the analyst chose.
    const colourLabels = await getSetting(
      job.db,
      'colourLabels',
      defaultColourLabels(),
      isColourLabels
    )
    const ctx: ExportContext = {
      now: job.now.toISOString(),
      appVersion: job.appVersion,
      colourLabels,
      csvByteOrderMark: job.csvByteOrderMark ?? false,
      // The analyst writes in the system's language: briefs declare it for spelling and speech.
      language: navigator.language,
      ...(job.exchange ? { tlp: job.exchange.tlp, author: job.exchange.author } : {})
    }
    const file = await job.render(job.format, data, ctx, job.signal)

    let bytes = file.data
    if (job.format === 'pdf') {
      const html = String(file.data)
      job.onPhase('printing')
      const printed = await job.platform.printPdf({ html })
      if (!printed.ok && printed.error.code === 'unsupported' && job.platform.kind === 'browser') {
        // Browser mode whose server cannot print: the browser's own print dialog, and why.
        await job.printInBrowser(html)
        return ok({ kind: 'printing', fileName: file.fileName, reason: printed.error.message })
      }
      if (!printed.ok) return printed
      bytes = printed.value
    }
    if (job.signal?.aborted) return ok({ kind: 'cancelled' })

    job.onPhase('saving')
    const saved = await job.platform.saveFile({
      suggestedName: file.fileName,
      filters: [{ name: spec.label, extensions: [spec.extension] }],
      // Bytes from the worker and from IPC are always backed by a plain ArrayBuffer.
      data: bytes as string | Uint8Array<ArrayBuffer>
    })
    if (!saved.ok) return saved
    return ok(
      saved.value === null
        ? { kind: 'cancelled' }
        : { kind: 'saved', path: saved.value.path, fileName: file.fileName }
    )
  } catch (error) {
    if (isAbort(error)) return ok({ kind: 'cancelled' })
    return fail(
      'internal',
      `The ${spec.label} export failed: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}
