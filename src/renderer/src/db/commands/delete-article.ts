import type { WorkbenchDb } from '../workbench-db'

/** Removes an article with its annotations and events, all or nothing. */
export function deleteArticle(db: WorkbenchDb, id: string): Promise<void> {
  return db.transaction('rw', [db.articles, db.annotations, db.events], async () => {
    await db.annotations.where('articleId').equals(id).delete()
    await db.events.where('articleId').equals(id).delete()
    await db.articles.delete(id)
  })
}
