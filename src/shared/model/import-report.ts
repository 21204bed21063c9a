/** What an import could not keep, by kind; the sentences come from core/article/import-report.ts. */
export type DroppedKind =
  | 'script'
  | 'frame'
  | 'picture'
  | 'media'
  | 'drawing'
  | 'formula'
  | 'form-control'
  | 'template'
  | 'fallback'
  | 'html-markup'

/** Content that an import kept only by reading it differently (e.g. text an unclosed tag swallowed). */
export type RecoveredKind = 'swallowed-text'

export interface DroppedPart {
  kind: DroppedKind
  count: number
}

export interface RecoveredPart {
  kind: RecoveredKind
  /** The element or construct that swallowed it: "<style>", "<!-- comment". */
  by: string
}

/**
 * The typed account of an import: what was left out (and, through its kind, why) and what was
 * recovered. Stored on the article (ArticleRecord.importReport) so its details can show it later.
 */
export interface ImportReport {
  dropped: DroppedPart[]
  recovered: RecoveredPart[]
}
