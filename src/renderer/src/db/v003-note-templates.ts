import type Dexie from 'dexie'

/**
 * Version 3: user note templates get their own table, and notes carry the editor schema version
 * their document was saved under (notes stored before it had none: they are version 1).
 */
export function v003NoteTemplates(db: Dexie): void {
  db.version(3)
    .stores({ noteTemplates: 'id, name' })
    .upgrade((tx) =>
      tx
        .table('notes')
        .toCollection()
        .modify((n: Record<string, unknown>) => {
          n.schemaVersion ??= 1
          n.doc ??= { type: 'doc', content: [] }
          n.createdAt ??= n.updatedAt
        })
    )
}
