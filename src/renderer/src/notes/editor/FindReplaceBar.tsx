import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { searchState } from './find-replace/plugin'
import { Icon } from '../../ui/Icon'

export type FindMode = 'find' | 'replace'

interface FindReplaceBarProps {
  editor: Editor
  mode: FindMode
  /** Changes whenever Ctrl+F/H is pressed again, to bring focus back to the search field. */
  focusRequest: number
  onModeChange: (mode: FindMode) => void
  onClose: () => void
}

/** Search field, match counter and replace controls above the note. */
export function FindReplaceBar({
  editor,
  mode,
  focusRequest,
  onModeChange,
  onClose
}: FindReplaceBarProps): ReactNode {
  const [term, setTerm] = useState(() => {
    // Start from the selected words, as editors do, unless the selection spans lines.
    const { from, to } = editor.state.selection
    const selected = editor.state.doc.textBetween(from, to, '\n')
    return selected.includes('\n') ? '' : selected
  })
  const [replacement, setReplacement] = useState('')
  const search = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const s = searchState(e.state)
      return {
        count: s.matches.length,
        current: s.current,
        caseSensitive: s.caseSensitive,
        wholeWord: s.wholeWord
      }
    }
  })
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [focusRequest])

  useEffect(() => {
    editor.commands.setSearchTerm(term)
  }, [editor, term])

  // Closing the bar removes the highlights.
  useEffect(
    () => () => {
      if (!editor.isDestroyed) editor.commands.clearSearch()
    },
    [editor]
  )

  const close = (): void => {
    onClose()
    editor.commands.focus()
  }
  const status =
    term === ''
      ? ''
      : search.count === 0
        ? 'No matches'
        : `${search.current + 1} of ${search.count}`

  return (
    <div
      className="find-bar"
      role="search"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault()
          e.stopPropagation()
          close()
        }
      }}
    >
      <div className="find-bar-row">
        <input
          ref={input}
          aria-label="Find in note"
          placeholder="Find"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return
            e.preventDefault()
            if (e.shiftKey) editor.commands.findPrevious()
            else editor.commands.findNext()
          }}
        />
        <span className="find-bar-status" aria-live="polite">
          {status}
        </span>
        <button
          type="button"
          className="format-button"
          aria-label="Previous match (Shift+Enter)"
          title="Previous match (Shift+Enter)"
          onClick={() => editor.commands.findPrevious()}
        >
          ↑
        </button>
        <button
          type="button"
          className="format-button"
          aria-label="Next match (Enter)"
          title="Next match (Enter)"
          onClick={() => editor.commands.findNext()}
        >
          ↓
        </button>
        <button
          type="button"
          className="format-button"
          aria-label="Match case"
          title="Match case"
          aria-pressed={search.caseSensitive}
          onClick={() =>
            editor.commands.setSearchTerm(term, { caseSensitive: !search.caseSensitive })
          }
        >
          Aa
        </button>
        <button
          type="button"
          className="format-button"
          aria-label="Whole words"
          title="Whole words"
          aria-pressed={search.wholeWord}
          onClick={() => editor.commands.setSearchTerm(term, { wholeWord: !search.wholeWord })}
        >
          ab|
        </button>
        <button
          type="button"
          className="format-button"
          aria-label={mode === 'replace' ? 'Hide replace' : 'Show replace (Ctrl+H)'}
          aria-expanded={mode === 'replace'}
          onClick={() => onModeChange(mode === 'replace' ? 'find' : 'replace')}
        >
          <Icon name="swap" />
        </button>
        <button
          type="button"
          className="format-button"
          aria-label="Close find (Escape)"
          title="Close (Escape)"
          onClick={close}
        >
          <Icon name="close" />
        </button>
      </div>
      {mode === 'replace' && (
        <div className="find-bar-row">
          <input
            aria-label="Replace with"
            placeholder="Replace with"
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return
              e.preventDefault()
              editor.commands.replaceCurrent(replacement)
            }}
          />
          <button
            type="button"
            className="button button-small"
            disabled={search.current < 0}
            onClick={() => editor.commands.replaceCurrent(replacement)}
          >
            Replace
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={search.count === 0}
            onClick={() => editor.commands.replaceAll(replacement)}
          >
            Replace all
          </button>
        </div>
      )}
    </div>
  )
}
