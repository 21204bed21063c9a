import type { ArticleRecord } from '../../shared/model/article'
import type { ExportAuthor, TlpLevel } from './exchange-options'
import type {
  ActorRecord,
  AnnotationRecord,
  EventRecord,
  NoteRecord
} from '../../shared/model/records'

/**
 * Everything an exporter may read. The renderer loads it from the database for the chosen scope
 * (see selectScope); exporters never read the database or the clock themselves.
 */
export interface ExportData {
  articles: readonly ArticleRecord[]
  annotations: readonly AnnotationRecord[]
  events: readonly EventRecord[]
  actors: readonly ActorRecord[]
  notes: readonly NoteRecord[]
}

/** What every exporter is told besides the data: the injected clock and who made the file. */
export interface ExportContext {
  /** ISO timestamp written into the file as its creation time. */
  now: string
  appVersion: string
  /**
   * The user's names of the five highlight colours (settings), exported as each annotation's
   * classification; the defaults when absent.
   */
  colourLabels?: readonly string[]
  /**
   * Start the ACLED CSV with a UTF-8 byte-order mark: Excel on Windows opens a double-clicked CSV
   * as the system code page without one, garbling every non-ASCII name; most other readers (pandas,
   * R, papaparse) keep the mark as part of the first header unless told, so it is a choice.
   */
  csvByteOrderMark?: boolean
  /**
   * BCP 47 language of the analyst's writing (the system's language), declared in briefs so Word's
   * spelling check and screen readers use it; 'en' when absent.
   */
  language?: string
  /**
   * STIX and MISP exports only: the TLP marking chosen in the export dialog (default amber).
   * Optional so the other exporters and their callers need not know about it.
   */
  tlp?: TlpLevel
  /** STIX and MISP exports only: the author identity the analyst set (unset: the workbench). */
  author?: ExportAuthor
}

/** What the user chose to export. */
export type ExportScope =
  { kind: 'note'; noteId: string } | { kind: 'article'; articleId: string } | { kind: 'everything' }

/** The formats of the export dialog. Brief formats render notes; the others render records. */
export const EXPORT_FORMATS = [
  'markdown',
  'html',
  'docx',
  'pdf',
  'annotations-jsonld',
  'events-csv',
  'events-xlsx',
  'events-stix',
  'events-misp',
  'events-json'
] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** A finished export: what to save and under which name. */
export interface ExportFile {
  fileName: string
  mimeType: string
  data: string | Uint8Array
}
