/** A briefing note: a Tiptap document with the editor schema version it was saved under. */
export interface NoteRecord {
  id: string
  /** null for a note that stands across articles. */
  articleId: string | null
  title: string
  schemaVersion: number
  /** Tiptap/ProseMirror JSON. */
  doc: unknown
  createdAt: string
  updatedAt: string
}

export type NoteRevisionReason = 'auto' | 'before-restore'

/** A snapshot of a note, taken every few minutes of editing and before any restore. */
export interface NoteRevisionRecord {
  id: string
  noteId: string
  createdAt: string
  reason: NoteRevisionReason
  title: string
  schemaVersion: number
  doc: unknown
  /** Size of the stored document in bytes (UTF-8 JSON), shown in the history. */
  size: number
}

/** A template the user saved from a note. */
export interface NoteTemplateRecord {
  id: string
  name: string
  schemaVersion: number
  doc: unknown
  createdAt: string
}
