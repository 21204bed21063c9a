import type Dexie from 'dexie'

/**
 * Schema version 1. Never edit or delete a version once released: add v002-… with an upgrade.
 * Only indexed fields are listed; records carry more.
 */
export function v001Initial(db: Dexie): void {
  db.version(1).stores({
    articles: 'id, &contentHash, importedAt, title',
    annotations: 'id, articleId, createdAt',
    events: 'id, articleId, eventDate',
    actors: 'id, name',
    notes: 'id, articleId, updatedAt',
    noteRevisions: 'id, noteId, createdAt',
    settings: 'key'
  })
}
