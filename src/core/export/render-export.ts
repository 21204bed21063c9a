import { briefFileName, briefToDocx, briefToHtml, briefToMarkdown } from './brief'
import {
  annotationsToJsonLd,
  eventsToAcledCsv,
  eventsToAcledXlsx,
  eventsToJson,
  eventsToMispEvent,
  eventsToStixBundle
} from './data'
import type { ExportContext, ExportData, ExportFile, ExportFormat } from './export-data'

/** What a format needs from the scope before it can produce anything useful. */
export type ExportRequirement = 'notes' | 'annotations' | 'events'

interface FormatSpec {
  label: string
  /** Shown under the label in the export dialog. */
  description: string
  extension: string
  mimeType: string
  needs: ExportRequirement
}

/** Every format of the export dialog, in the order it lists them. */
export const FORMAT_SPECS: Readonly<Record<ExportFormat, FormatSpec>> = {
  markdown: {
    label: 'Markdown',
    description: 'Brief with footnoted quotes and links back to each passage',
    extension: 'md',
    mimeType: 'text/markdown',
    needs: 'notes'
  },
  html: {
    label: 'HTML',
    description: 'Standalone page with a print stylesheet',
    extension: 'html',
    mimeType: 'text/html',
    needs: 'notes'
  },
  docx: {
    label: 'Word (DOCX)',
    description: 'Headings, lists, quotes and real footnotes',
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    needs: 'notes'
  },
  pdf: {
    label: 'PDF',
    description: 'The HTML brief, printed',
    extension: 'pdf',
    mimeType: 'application/pdf',
    needs: 'notes'
  },
  'annotations-jsonld': {
    label: 'Annotations — W3C JSON-LD',
    description: 'Web Annotation collection with quote and position selectors',
    extension: 'jsonld',
    mimeType: 'application/ld+json',
    needs: 'annotations'
  },
  'events-csv': {
    label: 'Events — ACLED CSV',
    description: 'One row per event, ACLED’s public columns in order',
    extension: 'csv',
    mimeType: 'text/csv',
    needs: 'events'
  },
  'events-xlsx': {
    label: 'Events — ACLED Excel (XLSX)',
    description: 'The same columns as a workbook: typed cells, no formulas, opens in any Excel',
    extension: 'xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    needs: 'events'
  },
  'events-stix': {
    label: 'Events — STIX 2.1',
    description: 'Bundle for OpenCTI and MISP: a report per event, places, actors, quotes',
    extension: 'json',
    mimeType: 'application/stix+json',
    needs: 'events'
  },
  'events-misp': {
    label: 'Events — MISP event',
    description: 'MISP event JSON with event, place, actor and quote objects',
    extension: 'json',
    mimeType: 'application/json',
    needs: 'events'
  },
  'events-json': {
    label: 'Events — JSON',
    description: 'Events and their actors as the workbench stores them',
    extension: 'json',
    mimeType: 'application/json',
    needs: 'events'
  }
}

/** Why a format cannot be exported from this selection, or null when it can. */
export function exportBlocker(format: ExportFormat, data: ExportData): string | null {
  const needs = FORMAT_SPECS[format].needs
  if (needs === 'notes' && data.notes.length === 0) return 'No briefing note in this scope.'
  if (needs === 'annotations' && data.annotations.length === 0)
    return 'No annotations in this scope.'
  if (needs === 'events' && data.events.length === 0) return 'No events in this scope.'
  return null
}

const DATA_NAMES: Record<Exclude<ExportFormat, 'markdown' | 'html' | 'docx' | 'pdf'>, string> = {
  'annotations-jsonld': 'annotations',
  'events-csv': 'events-acled',
  'events-xlsx': 'events-acled',
  'events-stix': 'events-stix',
  'events-misp': 'events-misp',
  'events-json': 'events'
}

/**
 * Renders one export. For 'pdf' this gives the HTML to print (the platform turns it into a PDF),
 * with the PDF's file name and type.
 */
export async function renderExport(
  format: ExportFormat,
  data: ExportData,
  ctx: ExportContext
): Promise<ExportFile> {
  const spec = FORMAT_SPECS[format]
  const file = (name: string, content: string | Uint8Array): ExportFile => ({
    fileName: name,
    mimeType: spec.mimeType,
    data: content
  })
  switch (format) {
    case 'markdown':
      return file(briefFileName(data, ctx, spec.extension), briefToMarkdown(data, ctx))
    case 'html':
    case 'pdf':
      return file(briefFileName(data, ctx, spec.extension), briefToHtml(data, ctx))
    case 'docx':
      return file(briefFileName(data, ctx, spec.extension), await briefToDocx(data, ctx))
    case 'annotations-jsonld':
      return file(dataFileName(format, ctx), annotationsToJsonLd(data, ctx))
    case 'events-csv':
      return file(dataFileName(format, ctx), eventsToAcledCsv(data, ctx))
    case 'events-xlsx':
      return file(dataFileName(format, ctx), await eventsToAcledXlsx(data, ctx))
    case 'events-stix':
      return file(dataFileName(format, ctx), eventsToStixBundle(data, ctx))
    case 'events-misp':
      return file(dataFileName(format, ctx), eventsToMispEvent(data, ctx))
    case 'events-json':
      return file(dataFileName(format, ctx), eventsToJson(data, ctx))
  }
}

function dataFileName(format: keyof typeof DATA_NAMES, ctx: ExportContext): string {
  return `${DATA_NAMES[format]}-${ctx.now.slice(0, 10)}.${FORMAT_SPECS[format].extension}`
}
