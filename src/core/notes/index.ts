export {
  CONFIDENCE_LEVELS,
  LIKELIHOOD_BANDS,
  LIKELIHOOD_TERMS,
  confidenceDescription,
  confidenceStatement,
  describeLikelihood,
  formatLikelihoodRange,
  isConfidenceLevel,
  isLikelihoodTerm,
  likelihoodBand,
  likelihoodForPercent,
  type ConfidenceDescription,
  type ConfidenceLevel,
  type LikelihoodBand,
  type LikelihoodTerm
} from './icd203'
export { lintText, type LintIssue, type LintKind } from './analytic-lint'
export { splitSentences, type SentenceSpan } from './sentences'
export {
  builtInTemplate,
  builtInTemplates,
  templateFromNote,
  type NoteTemplate
} from './note-templates'
export {
  CURRENT_NOTE_SCHEMA_VERSION,
  NOTE_MARK_TYPES,
  NOTE_MIGRATIONS,
  NOTE_NODE_TYPES,
  NoteDocumentError,
  migrateNoteDocument,
  noteDocSchema,
  noteJsonNodeSchema,
  storedNoteSchema,
  storedNoteTemplateSchema,
  tryMigrateNoteDocument,
  unknownNoteTypes,
  type NoteDocumentErrorCode,
  type NoteMigration,
  type StoredNote,
  type StoredNoteTemplate
} from './note-document'
export {
  cloneNoteDoc,
  emptyNoteDoc,
  nodeText,
  type NoteDoc,
  type NoteJSONMark,
  type NoteJSONNode
} from './note-json'
export {
  citedAnnotationFrom,
  eventCardFrom,
  sourceRowsFrom,
  timelineRowsFrom,
  type CitedAnnotation,
  type EventCardData,
  type SourceRow,
  type TimelineRow
} from './live-data'
