// Full-text search over the workbench's articles, annotations, events and notes (MiniSearch):
// records become search documents, kept in an index that is updated record by record.
export {
  annotationSearchDocument,
  articleSearchDocument,
  eventSearchDocument,
  eventTitle,
  noteSearchDocument,
  searchDocumentId,
  searchDocumentsFrom,
  type SearchDocument,
  type SearchKind,
  type SearchRecords
} from './search-document'
export {
  addToIndex,
  createSearchIndex,
  removeFromIndex,
  searchIndex,
  type SearchHit,
  type SearchIndex,
  type SearchLimits
} from './search-index'
export { noteSearchText } from './note-search-text'
export { queryTerms } from './search-terms'
export type { TextPart } from './snippet'
