export type { AnnotationRecord } from './annotation'
export type { ActorRecord, EventRecord } from './event'

/**
 * Stored records other than articles and annotations. Later features add fields; the indexed ones are fixed by
 * the schema version files in src/renderer/src/db.
 */
export interface NoteRecord {
  id: string
  /** null for a note that stands across articles. */
  articleId: string | null
  title: string
  updatedAt: string
  [field: string]: unknown
}

export interface NoteRevisionRecord {
  id: string
  noteId: string
  createdAt: string
  [field: string]: unknown
}

export interface SettingRecord {
  key: string
  value: unknown
}
