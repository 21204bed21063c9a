import { useCallback, useState, type ReactNode } from 'react'
import type { UndoEntry } from '@core/undo/undo-stack'
import { useNotices } from '../services/notices'
import { undoStack } from '../services/undo'
import {
  articleDependants,
  deleteArticle,
  restoreDeletedArticle,
  type ArticleDependants,
  type DeletedArticle
} from '../db/commands/delete-article'
import { db } from '../db/db'
import { listArticles } from '../db/queries/list-articles'
import { DeleteArticleDialog } from './DeleteArticleDialog'

interface Pending {
  id: string
  title: string
  dependants: ArticleDependants
}

export interface ArticleDeletion {
  /** Asks before deleting the article (library menu, Delete key, Ctrl+K). */
  requestDelete: (articleId: string) => void
  dialog: ReactNode
}

/**
 * Deleting an article: a confirmation that says what goes with it, then one undoable step
 * (Ctrl+Z or the notice's Undo) that puts every record back with its id.
 */
export function useArticleDeletion(
  currentId: string | undefined,
  openArticle: (id: string) => void
): ArticleDeletion {
  const { notify } = useNotices()
  const [pending, setPending] = useState<Pending | null>(null)

  const requestDelete = useCallback((articleId: string) => {
    void (async () => {
      const article = await db.articles.get(articleId)
      if (!article) return
      setPending({
        id: articleId,
        title: article.title,
        dependants: await articleDependants(db, articleId)
      })
    })()
  }, [])

  const confirm = useCallback(async () => {
    if (!pending) return
    setPending(null)
    try {
      // The reader moves to a neighbour in the list, not to an empty pane.
      const list = await listArticles(db)
      const at = list.findIndex((a) => a.id === pending.id)
      const neighbour = list[at + 1] ?? list[at - 1]
      let removed: DeletedArticle | null = await deleteArticle(db, pending.id)
      if (!removed) return
      if (currentId === pending.id) openArticle(neighbour?.id ?? '')
      const entry: UndoEntry = {
        label: 'delete article',
        undo: async () => {
          if (!removed) return
          await restoreDeletedArticle(db, removed)
          openArticle(removed.article.id)
        },
        redo: async () => {
          removed = await deleteArticle(db, pending.id)
          openArticle(neighbour?.id ?? '')
        }
      }
      undoStack.push(entry)
      const { annotations, events } = removed
      notify(
        'info',
        `Deleted “${removed.article.title}” with ${annotations.length} ${annotations.length === 1 ? 'annotation' : 'annotations'} and ${events.length} ${events.length === 1 ? 'event' : 'events'}. Ctrl+Z brings it back.`,
        {
          action: {
            label: 'Undo',
            run: () => {
              if (!undoStack.isLatest(entry)) {
                notify('warning', 'Later changes came after this delete: undo them first (Ctrl+Z).')
                return
              }
              undoStack
                .undo()
                .catch((err: unknown) =>
                  notify(
                    'error',
                    `The article was not restored: ${err instanceof Error ? err.message : String(err)}`
                  )
                )
            }
          }
        }
      )
    } catch (err) {
      notify(
        'error',
        `The article was not deleted: ${err instanceof Error ? err.message : String(err)}`
      )
    }
  }, [pending, currentId, openArticle, notify])

  return {
    requestDelete,
    dialog: pending && (
      <DeleteArticleDialog
        title={pending.title}
        dependants={pending.dependants}
        onCancel={() => setPending(null)}
        onConfirm={() => void confirm()}
      />
    )
  }
}
