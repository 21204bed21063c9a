import type { ReanchorOutcome } from '../../../../core/anchoring/reanchor-article'
import type { TextBlock } from '../../../../shared/model/text-model'
import { newId } from '../new-id'
import type { WorkbenchDb } from '../workbench-db'

/**
 * Replaces an article's text with a newer version, all or nothing: the old version is kept in
 * articleRevisions and every annotation gets its re-anchored position and state. Selectors are
 * kept as made, so a drifted or orphaned annotation still knows what it originally quoted.
 */
export function applyArticleRevision(
  db: WorkbenchDb,
  articleId: string,
  next: { blocks: TextBlock[]; contentHash: string; textHash: string },
  outcomes: readonly ReanchorOutcome[],
  now: Date
): Promise<void> {
  return db.transaction('rw', [db.articles, db.articleRevisions, db.annotations], async () => {
    const article = await db.articles.get(articleId)
    if (!article) throw new Error('This article no longer exists.')
    const clash = await db.articles.where('contentHash').equals(next.contentHash).first()
    if (clash && clash.id !== articleId)
      throw new Error(`This text is already in the library as “${clash.title}”.`)
    await db.articleRevisions.add({
      id: newId(),
      articleId,
      createdAt: now.toISOString(),
      title: article.title,
      contentHash: article.contentHash,
      blocks: article.blocks
    })
    await db.articles.update(articleId, { blocks: next.blocks, contentHash: next.contentHash })
    for (const o of outcomes) {
      await db.annotations.update(o.id, {
        anchor: {
          start: o.start,
          end: o.end,
          status: o.status,
          score: o.score,
          textHash: next.textHash
        }
      })
    }
  })
}
