import type Dexie from 'dexie'
import { upgradeStep, type StoredRecord } from '@core/records/migrations'

/**
 * Version 2: keeps superseded article texts (articleRevisions) and indexes annotations by their
 * anchor status. The upgrade gives any annotation stored before it the fields version 2 reads
 * (the same step restores a backup of version 1: core/records/migrations).
 */
export function v002ArticleRevisions(db: Dexie): void {
  const upgrade = upgradeStep('annotations', 2)
  db.version(2)
    .stores({
      articleRevisions: 'id, articleId, createdAt',
      annotations: 'id, articleId, createdAt, anchor.status'
    })
    .upgrade((tx) =>
      tx
        .table('annotations')
        .toCollection()
        .modify((annotation: StoredRecord, ref) => {
          ref.value = upgrade(annotation)
        })
    )
}
