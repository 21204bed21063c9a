import type { ArticleMetadata } from '@shared/model/article'
import type { WorkbenchDb } from '../workbench-db'

/** Saves edited article details; the text model is untouched so anchors stay valid. */
export function updateArticleMetadata(
  db: WorkbenchDb,
  id: string,
  metadata: ArticleMetadata
): Promise<void> {
  return db.transaction('rw', db.articles, async () => {
    const updated = await db.articles.update(id, { ...metadata })
    if (updated === 0) throw new Error('This article no longer exists.')
  })
}
