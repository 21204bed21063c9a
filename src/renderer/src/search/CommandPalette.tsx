import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { deepLinkFor, parseDeepLink, type DeepLink } from '@core/export/deep-link'
import { queryTerms, searchDocumentId, type SearchHit } from '@core/search'
import { useNavigation, type NavTarget } from '../services/navigation'
import { HighlightedText } from './HighlightedText'
import type { PaletteCommand } from './palette-commands'
import { isLinkQuery, paletteGroups, searchQueryOf, type PaletteOption } from './palette-options'
import { useSearchResults, type SearchResults } from './useSearchResults'
import './command-palette.css'

interface CommandPaletteProps {
  commands: readonly PaletteCommand[]
  onClose: () => void
}

function targetOfHit(hit: SearchHit): NavTarget {
  const articleId = hit.articleId ?? ''
  switch (hit.kind) {
    case 'article':
      return { kind: 'article', articleId: hit.recordId }
    case 'annotation':
      return { kind: 'annotation', articleId, annotationId: hit.recordId }
    case 'event':
      return { kind: 'event', articleId, eventId: hit.recordId }
    case 'note':
      return { kind: 'note', noteId: hit.recordId }
  }
}

/** The search document ids whose titles describe a pasted link. */
function linkLookups(query: string): string[] {
  const link = isLinkQuery(query) ? parseDeepLink(query) : null
  if (!link) return []
  return [
    searchDocumentId('article', link.articleId),
    ...(link.annotationId ? [searchDocumentId('annotation', link.annotationId)] : []),
    ...(link.eventId ? [searchDocumentId('event', link.eventId)] : [])
  ]
}

function describeLink(link: DeepLink, titleOf: SearchResults['titleOf']): string {
  const article = titleOf(searchDocumentId('article', link.articleId))
  const where = article ? `“${article}”` : 'an article not in the library'
  const item = link.annotationId
    ? titleOf(searchDocumentId('annotation', link.annotationId))
    : link.eventId
      ? titleOf(searchDocumentId('event', link.eventId))
      : null
  if (link.annotationId) return `Annotation ${item ? `“${item}”` : '(not found)'} in ${where}`
  if (link.eventId) return `Event ${item ? `“${item}”` : '(not found)'} in ${where}`
  return `Article ${where}`
}

function OptionContent({
  option,
  titleOf
}: {
  option: PaletteOption
  titleOf: SearchResults['titleOf']
}): ReactNode {
  if (option.type === 'command')
    return (
      <span className="palette-command">
        <span>{option.command.label}</span>
        {option.command.shortcut && <kbd>{option.command.shortcut}</kbd>}
      </span>
    )
  if (option.type === 'link')
    return (
      <>
        <span className="palette-title">Open link</span>
        <span className="palette-context">{describeLink(option.link, titleOf)}</span>
      </>
    )
  const { hit } = option
  return (
    <>
      <span className="palette-title">
        <HighlightedText parts={hit.title} />
      </span>
      {hit.articleTitle && <span className="palette-context">in {hit.articleTitle}</span>}
      {hit.snippet.length > 0 && (
        <span className="palette-snippet">
          <HighlightedText parts={hit.snippet} />
        </span>
      )}
    </>
  )
}

/** The line under the results: progress, a problem, "no matches", or how many there are. */
function statusText(query: string, count: number, results: SearchResults): string {
  const { status } = results
  if (results.indexingShown && status.state === 'indexing')
    return `Indexing… ${status.done.toLocaleString('en')} of ${status.total.toLocaleString('en')}`
  if (status.state === 'failed') return `Search is unavailable: ${status.message}`
  if (isLinkQuery(query))
    return count > 0
      ? ''
      : 'Not a workbench link. Links look like workbench://article/…#annotation=…'
  const searched = searchQueryOf(query)
  if (count > 0) return searched ? `${count} ${count === 1 ? 'result' : 'results'}` : ''
  // Nothing found before the index is ready says nothing yet.
  if (query.trim() === '' || status.state !== 'ready') return ''
  // Words match the start of longer words from their third letter: "mi" is not a miss yet.
  const terms = queryTerms(searched)
  if (terms.length > 0 && terms.every((t) => t.length < 3)) return 'Keep typing…'
  return `No matches for “${query.trim()}”`
}

/**
 * Ctrl+K: one box to find any article, annotation, event or note and jump to it, run a command,
 * or open a pasted workbench:// link. A combobox with a grouped listbox (WAI-ARIA 1.2).
 */
export function CommandPalette({ commands, onClose }: CommandPaletteProps): ReactNode {
  const nav = useNavigation()
  const dialog = useRef<HTMLDialogElement>(null)
  const input = useRef<HTMLInputElement>(null)
  // Escape gives focus back to where it was; going to an item leaves it where the item is.
  const restoreFocus = useRef(true)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  // A pasted link is described by the titles of what it points to.
  const lookups = useMemo(() => linkLookups(query), [query])
  const results = useSearchResults(searchQueryOf(query), lookups)
  const groups = useMemo(
    () => paletteGroups(query, commands, results.hits),
    [query, commands, results.hits]
  )
  const options = useMemo(() => groups.flatMap((g) => g.options), [groups])
  const activeIndex = Math.min(active, options.length - 1)
  const id = useId()
  const listId = `${id}-list`
  const optionId = (i: number): string => `${id}-option-${i}`

  useEffect(() => {
    const previous = document.activeElement
    const el = dialog.current
    el?.showModal()
    input.current?.focus()
    return () => {
      if (el?.open) el.close()
      if (restoreFocus.current && previous instanceof HTMLElement) previous.focus()
    }
  }, [])

  useEffect(() => {
    if (activeIndex >= 0)
      document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' })
    // optionId only depends on the stable id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIndex, options])

  const choose = (option: PaletteOption | undefined): void => {
    if (!option) return
    if (option.type === 'command') {
      onClose()
      option.command.run()
      return
    }
    restoreFocus.current = false
    onClose()
    if (option.type === 'link') void nav.openLink(deepLinkFor(option.link))
    else void nav.navigateTo(targetOfHit(option.hit))
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    const last = options.length - 1
    const to = (i: number): void => {
      e.preventDefault()
      setActive(i)
    }
    switch (e.key) {
      case 'ArrowDown':
        return to(activeIndex >= last ? 0 : activeIndex + 1)
      case 'ArrowUp':
        return to(activeIndex <= 0 ? last : activeIndex - 1)
      case 'Home':
        return last >= 0 ? to(0) : undefined
      case 'End':
        return last >= 0 ? to(last) : undefined
      case 'Enter':
        e.preventDefault()
        return choose(options[activeIndex])
      case 'Escape':
        e.preventDefault()
        return onClose()
    }
  }

  const status = statusText(query, options.length, results)

  let index = -1
  return (
    <dialog
      ref={dialog}
      className="palette"
      aria-label="Search and commands"
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
      // A click on the backdrop (the dialog element itself, outside its box) closes it.
      onClick={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className="palette-box">
        <input
          ref={input}
          className="palette-input"
          type="text"
          role="combobox"
          aria-label="Search everything, or type a command"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          placeholder="Search articles, annotations, events and notes, or type a command"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            setActive(0)
          }}
          onKeyDown={onKeyDown}
        />
        <div id={listId} role="listbox" aria-label="Results" className="palette-list">
          {groups.map((group) => (
            <div
              key={group.key}
              role="group"
              aria-labelledby={`${id}-group-${group.key}`}
              className="palette-group"
            >
              <div
                role="presentation"
                id={`${id}-group-${group.key}`}
                className="palette-group-label"
              >
                {group.label}
              </div>
              {group.options.map((option) => {
                const i = ++index
                return (
                  <div
                    key={option.key}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === activeIndex}
                    className={`palette-option palette-option-${option.type}`}
                    onMouseMove={() => i !== activeIndex && setActive(i)}
                    onClick={() => choose(option)}
                  >
                    <OptionContent option={option} titleOf={results.titleOf} />
                  </div>
                )
              })}
            </div>
          ))}
        </div>
        <div className="palette-foot">
          <span role="status" className="palette-status">
            {status}
          </span>
          <span className="palette-keys" aria-hidden="true">
            <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close
          </span>
        </div>
      </div>
    </dialog>
  )
}
