import { withDefaults, type StoredRecord } from './stored-record'

/**
 * Version 3's note fields, frozen as they were: notes stored before it carried no editor schema
 * version (their documents are version 1) and might have no document yet.
 */
export const V3_NOTE_DEFAULTS = Object.freeze({
  schemaVersion: 1,
  doc: Object.freeze({ type: 'doc', content: Object.freeze([]) })
})

/** Version 2 → 3: notes carry the editor schema version of their document, and a creation time. */
export function upgradeNoteToV3(note: StoredRecord): StoredRecord {
  const out = withDefaults(note, V3_NOTE_DEFAULTS)
  // Not known for an old note: its last change is the earliest time on record.
  out.createdAt ??= out.updatedAt
  return out
}
