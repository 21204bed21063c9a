import type Dexie from 'dexie'
import { DEFAULT_COLOUR_SLOT } from '../annotations/colours'

/**
 * Version 2: keeps superseded article texts (articleRevisions) and indexes annotations by their
 * anchor status. The upgrade gives any annotation stored before it the fields version 2 reads.
 */
export function v002ArticleRevisions(db: Dexie): void {
  db.version(2)
    .stores({
      articleRevisions: 'id, articleId, createdAt',
      annotations: 'id, articleId, createdAt, anchor.status'
    })
    .upgrade((tx) =>
      tx
        .table('annotations')
        .toCollection()
        .modify((a: Record<string, unknown>) => {
          a.tags ??= []
          a.grade ??= null
          a.commentHtml ??= ''
          a.commentText ??= ''
          a.colour ??= DEFAULT_COLOUR_SLOT
          a.motivation ??= 'highlighting'
          a.creator ??= 'local user'
        })
    )
}
