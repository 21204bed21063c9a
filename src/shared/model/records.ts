export type { AnnotationRecord } from './annotation'

/**
 * Stored records other than articles and annotations. Later features add fields; the indexed ones are fixed by
 * the schema version files in src/renderer/src/db.
 */
export interface EventRecord {
  id: string
  articleId: string
  eventDate: string
  createdAt: string
  updatedAt: string
  [field: string]: unknown
}

export interface ActorRecord {
  id: string
  name: string
  aliases: string[]
  [field: string]: unknown
}

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
