import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  useVirtualizer
} from '@tanstack/react-virtual'
import { useLiveQuery } from 'dexie-react-hooks'
import {
  memo,
  useCallback,
  useDeferredValue,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode
} from 'react'
import { filterArticleSummaries } from '@core/library/filter-article-summaries'
import { db } from '../db/db'
import { listArticles, type ArticleSummary } from '../db/queries/list-articles'
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

/** A first guess at an item's height (title on one line); each is measured once rendered. */
const ESTIMATED_ITEM_PX = 72
/** Items rendered beyond each edge of the view, so arrow keys and a short scroll find them. */
const OVERSCAN = 6
/**
 * While the list has no size (its first frame, a folded pane, jsdom), lay out as if it were
 * this tall: the items near the top are there to find and focus.
 */
const INITIAL_RECT = { width: 280, height: 900 }

/**
 * Every article with its source, date and counts; choosing one opens it in the reader. The list
 * reads the articles' summaries (never their texts) and is virtualised: ten thousand articles
 * cost the dozen items in view, and the filter searches small in-memory strings.
 */
export const LibraryPane = memo(function LibraryPane({
  currentId,
  onOpen,
  onDelete,
  onVersions
}: LibraryPaneProps): ReactNode {
  const articles = useLiveQuery(() => listArticles(db), [])
  const [filter, setFilter] = useState('')
  const deferredFilter = useDeferredValue(filter)
  const shown = useMemo(
    () => filterArticleSummaries(articles ?? [], deferredFilter),
    [articles, deferredFilter]
  )
  const filterId = useId()
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
        <>
          <div className="library-filter">
            <label htmlFor={filterId} className="visually-hidden">
              Filter articles
            </label>
            <input
              id={filterId}
              type="search"
              className="library-filter-input"
              placeholder="Filter by title or source"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
            {filter.trim() !== '' && (
              <p className="library-filter-count" role="status">
                {shown.length.toLocaleString('en')} of {articles.length.toLocaleString('en')}{' '}
                {articles.length === 1 ? 'article' : 'articles'}
              </p>
            )}
          </div>
          {shown.length === 0 ? (
            <p className="empty-state">No article’s title or source has “{filter.trim()}”.</p>
          ) : (
            <LibraryList
              articles={shown}
              currentId={currentId}
              onOpen={onOpen}
              onDelete={onDelete}
              onVersions={onVersions}
            />
          )}
        </>
      )}
    </aside>
  )
})

function LibraryList({
  articles,
  currentId,
  onOpen,
  onDelete,
  onVersions
}: LibraryPaneProps & { articles: ArticleSummary[] }): ReactNode {
  const scroller = useRef<HTMLDivElement>(null)
  const current = useMemo(
    () => articles.findIndex((a) => a.id === currentId),
    [articles, currentId]
  )
  // A new key function makes the virtualiser measure all its items again: once per list only.
  const getItemKey = useCallback((i: number) => articles[i]?.id ?? i, [articles])
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions are read during render by design.
  const virtual = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ITEM_PX,
    getItemKey,
    overscan: OVERSCAN,
    initialRect: INITIAL_RECT,
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : INITIAL_RECT)),
    // An item not laid out (a folded pane, jsdom) keeps its estimate rather than measuring 0.
    measureElement: (element, entry, instance) =>
      measureElement(element, entry, instance) || ESTIMATED_ITEM_PX,
    // The open article stays rendered wherever the list is scrolled: the pane's focus goes to it.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range)
      return current < 0 || indexes.includes(current)
        ? indexes
        : [...indexes, current].sort((a, b) => a - b)
    }
  })
  return (
    <div ref={scroller} className="library-scroller">
      <ul className="library-list" style={{ height: virtual.getTotalSize() }}>
        {virtual.getVirtualItems().map((item) => {
          const a = articles[item.index]
          if (!a) return null
          return (
            <li
              key={a.id}
              ref={virtual.measureElement}
              data-index={item.index}
              className="library-entry"
              aria-setsize={articles.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)` }}
            >
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
                    const next = item.index + (e.key === 'ArrowDown' ? 1 : -1)
                    if (next < 0 || next >= articles.length) return
                    virtual.scrollToIndex(next, { align: 'auto' })
                    focusItem(scroller.current, next)
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
          )
        })}
      </ul>
    </div>
  )
}

/**
 * Focuses the item at `index` (rendered by the overscan, or on the next frame once the list has
 * scrolled to it).
 */
function focusItem(scroller: HTMLElement | null, index: number, tries = 3): void {
  const el = scroller?.querySelector<HTMLElement>(`[data-index="${index}"] .library-item`)
  if (el) el.focus()
  else if (tries > 0) requestAnimationFrame(() => focusItem(scroller, index, tries - 1))
}
