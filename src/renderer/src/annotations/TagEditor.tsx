import { useId, useState, type ReactNode } from 'react'

interface TagEditorProps {
  tags: string[]
  suggestions: string[]
  onChange: (tags: string[]) => void
  onDone: () => void
}

/** Adds tags with Enter or comma; Backspace on an empty field removes the last one. */
export function TagEditor({ tags, suggestions, onChange, onDone }: TagEditorProps): ReactNode {
  const [draft, setDraft] = useState('')
  const add = (): void => {
    const tag = draft.trim().replace(/^#/, '').slice(0, 60)
    if (tag && !tags.includes(tag)) onChange([...tags, tag])
    setDraft('')
  }
  const listId = useId()
  return (
    <div className="tag-editor">
      <input
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
            onChange(tags.slice(0, -1))
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
  )
}
