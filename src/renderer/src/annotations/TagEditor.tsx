import { useId, useRef, useState, type ReactNode } from 'react'
import { normalizeTag } from '@core/annotations/tag-edits'

interface TagEditorProps {
  tags: string[]
  suggestions: string[]
  /** Adds one tag; each is written on its own, so none typed quickly is lost. */
  onAdd: (tag: string) => void
  onRemove: (tag: string) => void
  onDone: () => void
}

/**
 * Adds tags with Enter or comma; the tags stay listed, each with its own remove button, and
 * Backspace on an empty field removes the last one.
 */
export function TagEditor({
  tags,
  suggestions,
  onAdd,
  onRemove,
  onDone
}: TagEditorProps): ReactNode {
  const [draft, setDraft] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const add = (): void => {
    const tag = normalizeTag(draft)
    if (tag && !tags.includes(tag)) onAdd(tag)
    setDraft('')
  }
  const listId = useId()
  return (
    <div className="tag-editor">
      {tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags">
          {tags.map((t) => (
            <li key={t} className="tag">
              #{t}
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove tag ${t}`}
                title={`Remove tag ${t}`}
                onClick={() => {
                  onRemove(t)
                  // The button goes with its tag: typing goes on in the field.
                  input.current?.focus()
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="tag-editor-row">
        <input
          ref={input}
          autoFocus
          aria-label="Add a tag"
          placeholder="Add a tag, then Enter"
          value={draft}
          list={listId}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault()
              if (draft.trim()) add()
              else if (e.key === 'Enter') onDone()
            } else if (e.key === 'Backspace' && draft === '' && tags.length) {
              onRemove(tags[tags.length - 1]!)
            } else if (e.key === 'Escape') {
              e.preventDefault()
              e.stopPropagation()
              onDone()
            }
          }}
        />
        <datalist id={listId}>
          {suggestions
            .filter((s) => !tags.includes(s))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
        <button
          type="button"
          className="button button-small"
          onClick={() => (draft.trim() ? add() : onDone())}
        >
          {draft.trim() ? 'Add' : 'Done'}
        </button>
      </div>
    </div>
  )
}
