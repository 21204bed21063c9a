import type Dexie from 'dexie'
import { upgradeStep, type StoredRecord } from '@core/records/migrations'

/**
 * Version 3: user note templates get their own table, and notes carry the editor schema version
 * their document was saved under (notes stored before it had none: they are version 1). The same
 * step restores a backup of an older version (core/records/migrations).
 */
export function v003NoteTemplates(db: Dexie): void {
  const upgrade = upgradeStep('notes', 3)
  db.version(3)
    .stores({ noteTemplates: 'id, name' })
    .upgrade((tx) =>
      tx
        .table('notes')
        .toCollection()
        .modify((note: StoredRecord, ref) => {
          ref.value = upgrade(note)
        })
    )
}
