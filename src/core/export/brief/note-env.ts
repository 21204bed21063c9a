import type { BriefLookups } from './brief-lookups'
import type { FootnoteRegistry } from './footnote-registry'

/** What converting one note needs besides its document. */
export interface NoteEnv {
  lookups: BriefLookups
  footnotes: FootnoteRegistry
  /** The note's article (its live blocks draw from it), or null for a note across articles. */
  articleId: string | null
  /** Added to every heading level so the note's headings sit under the brief's own. */
  headingShift: number
}
