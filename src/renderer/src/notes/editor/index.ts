// The note editor's public surface for the notes pane.
export { NoteEditor, type NoteEditorProps } from './NoteEditor'
export type { NoteChange } from './live/note-handlers'
export { createNoteExtensions, type NoteExtensionsOptions } from './note-extensions'
export {
  EMPTY_LOOKUPS,
  type CitedAnnotation,
  type EventCardData,
  type NoteLookups,
  type SourceRow,
  type Subscribe,
  type TimelineRow
} from './live/note-lookups'
export type { CitedQuoteAttrs, CitedQuoteStatus } from './cited-quote/cited-quote-attrs'
export type { LiveBlockKind } from './live-block/live-block'
export { isAnalyticLintEnabled } from './analytic-lint/analytic-lint'
export { searchState } from './find-replace/plugin'
