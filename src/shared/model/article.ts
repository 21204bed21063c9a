import type { ImportReport } from './import-report'
import type { PdfLayout } from './pdf-layout'
import type { TextBlock } from './text-model'

export type ArticleFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'eml' | 'paste' | 'sample'

/** An article as stored: a text model plus the metadata analysts cite. */
export interface ArticleRecord {
  id: string
  title: string
  source: string
  url: string
  byline: string
  /** ISO date (YYYY-MM-DD) the report was published; '' when unknown. */
  publishedAt: string
  /** ISO timestamp of the import. */
  importedAt: string
  /** SHA-256 (hex) of the plain text; finds re-imports of the same content. */
  contentHash: string
  format: ArticleFormat
  blocks: TextBlock[]
  /**
   * BCP 47 language of the text when the source declares it (a saved page's `lang`) or its
   * script names it; absent when unknown. Optional, so records stored before it need no upgrade.
   */
  lang?: string
  /** Writing direction when known (a saved page's `dir`, or its text); absent reads as 'auto'. */
  dir?: 'ltr' | 'rtl'
  /** What the import could not keep (and why); absent when it kept everything. */
  importReport?: ImportReport
  /** For a PDF import: where each run of the text sits on the original pages. */
  pdfLayout?: PdfLayout
}

/** The fields a user may edit in "Article details". */
export type ArticleMetadata = Pick<
  ArticleRecord,
  'title' | 'source' | 'url' | 'byline' | 'publishedAt'
>
