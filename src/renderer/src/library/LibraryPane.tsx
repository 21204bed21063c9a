import { useLiveQuery } from 'dexie-react-hooks'
import type { ReactNode } from 'react'
import { db } from '../db/db'
import { listArticles } from '../db/queries/list-articles'
import { ToolbarMenu } from '../notes/editor/ToolbarMenu'
import { formatDate } from '../ui/format-date'
import { Icon } from '../ui/Icon'

interface LibraryPaneProps {
  currentId: string | undefined
  onOpen: (id: string) => void
  /** Asks to delete an article (its menu, or Delete on a focused item). */
  onDelete: (id: string) => void
  /** Opens an article's kept versions. */
  onVersions: (id: string) => void
}

/** Every article with its source, date and counts; choosing one opens it in the reader. */
export function LibraryPane({
  currentId,
  onOpen,
  onDelete,
  onVersions
}: LibraryPaneProps): ReactNode {
  const articles = useLiveQuery(() => listArticles(db), [])
  return (
    <aside
      id="library"
      className="library"
      aria-label="Article library"
      tabIndex={-1}
      data-pane="library"
    >
      <h2 className="pane-title">Library</h2>
      {articles === undefined ? null : articles.length === 0 ? (
        <p className="empty-state">No articles yet. Import or paste one.</p>
      ) : (
        <ul className="library-list">
          {articles.map((a) => (
            <li key={a.id} className="library-entry">
              <button
                type="button"
                className="library-item"
                data-pane-home
                aria-current={a.id === currentId ? 'true' : undefined}
                aria-keyshortcuts="Delete"
                onClick={() => onOpen(a.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Delete' && !e.ctrlKey && !e.altKey && !e.metaKey) {
                    e.preventDefault()
                    onDelete(a.id)
                  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                    e.preventDefault()
                    focusSibling(e.currentTarget, e.key === 'ArrowDown' ? 1 : -1)
                  }
                }}
              >
                <span className="library-item-title" id={`library-title-${a.id}`}>
                  {a.title}
                </span>
                <span className="library-item-meta">
                  {a.source || 'No source'} ·{' '}
                  {a.publishedAt ? formatDate(a.publishedAt) : 'date unknown'}
                </span>
                <span className="library-item-counts">
                  {a.annotationCount} {a.annotationCount === 1 ? 'annotation' : 'annotations'} ·{' '}
                  {a.eventCount} {a.eventCount === 1 ? 'event' : 'events'}
                </span>
              </button>
              <div className="library-item-menu">
                <ToolbarMenu
                  label={<Icon name="more" />}
                  title="Article actions"
                  describedBy={`library-title-${a.id}`}
                  items={[
                    { id: 'open', label: 'Open', onSelect: () => onOpen(a.id) },
                    {
                      id: 'versions',
                      label: 'Versions…',
                      onSelect: () => {
                        onOpen(a.id)
                        onVersions(a.id)
                      }
                    },
                    {
                      id: 'delete',
                      label: 'Delete…',
                      hint: 'Delete',
                      onSelect: () => onDelete(a.id)
                    }
                  ]}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </aside>
  )
}

/** Moves focus to the library item before or after `item`; stays put at either end. */
function focusSibling(item: HTMLElement, step: 1 | -1): void {
  const list = item.closest('.library-list')
  if (!list) return
  const items = Array.from(list.querySelectorAll<HTMLElement>('.library-item'))
  items[items.indexOf(item) + step]?.focus()
}
