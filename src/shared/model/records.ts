export type { AnnotationRecord } from './annotation'
export type { ActorRecord, EventRecord } from './event'
export type { NoteRecord, NoteRevisionRecord, NoteTemplateRecord } from './note'

/**
 * Stored records other than articles and annotations. Later features add fields; the indexed ones are fixed by
 * the schema version files in src/renderer/src/db.
 */
export interface SettingRecord {
  key: string
  value: unknown
}
