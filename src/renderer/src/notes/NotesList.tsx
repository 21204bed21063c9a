import { useState, type ReactNode } from 'react'
import type { NoteRecord } from '@shared/model/note'
import { formatDateTime } from '../ui/format-date'

export interface TemplateChoice {
  id: string
  name: string
}

interface NotesListProps {
  notes: NoteRecord[]
  templates: TemplateChoice[]
  hasArticle: boolean
  onOpen: (id: string) => void
  onCreate: (templateId: string, scope: 'article' | 'all') => void
  onRename: (id: string, title: string) => void
  onDuplicate: (id: string) => void
  onDelete: (id: string) => void
}

/** The notes of this article and those across articles: create from a template, rename, duplicate, delete. */
export function NotesList(props: NotesListProps): ReactNode {
  const [templateId, setTemplateId] = useState(props.templates[0]?.id ?? 'blank')
  const [scope, setScope] = useState<'article' | 'all'>(props.hasArticle ? 'article' : 'all')
  const [renaming, setRenaming] = useState<string | null>(null)
  return (
    <div className="notes-list">
      <div className="notes-create">
        <label>
          <span className="visually-hidden">Template</span>
          <select
            aria-label="Template"
            value={templateId}
            onChange={(e) => setTemplateId(e.target.value)}
          >
            {props.templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <select
          aria-label="Note belongs to"
          value={scope}
          onChange={(e) => setScope(e.target.value as 'article' | 'all')}
        >
          {props.hasArticle && <option value="article">This article</option>}
          <option value="all">Across articles</option>
        </select>
        <button
          type="button"
          className="button button-small button-primary"
          onClick={() => props.onCreate(templateId, scope)}
        >
          New note
        </button>
      </div>
      {props.notes.length === 0 ? (
        <p className="empty-state">No briefing notes yet. Choose a template and create one.</p>
      ) : (
        <ul className="note-items" aria-label="Notes">
          {props.notes.map((n) => (
            <li key={n.id} className="note-item">
              {renaming === n.id ? (
                <input
                  autoFocus
                  aria-label="Note title"
                  defaultValue={n.title}
                  onBlur={(e) => {
                    setRenaming(null)
                    if (e.target.value.trim() && e.target.value.trim() !== n.title)
                      props.onRename(n.id, e.target.value.trim())
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') e.currentTarget.blur()
                    if (e.key === 'Escape') {
                      e.stopPropagation()
                      setRenaming(null)
                    }
                  }}
                />
              ) : (
                <button type="button" className="note-open" onClick={() => props.onOpen(n.id)}>
                  <span className="note-title">{n.title}</span>
                  <span className="muted small">
                    {n.articleId === null ? 'Across articles · ' : ''}edited{' '}
                    {formatDateTime(n.updatedAt)}
                  </span>
                </button>
              )}
              <span className="note-actions">
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => setRenaming(n.id)}
                  aria-label={`Rename ${n.title}`}
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => props.onDuplicate(n.id)}
                  aria-label={`Duplicate ${n.title}`}
                >
                  Duplicate
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet button-danger"
                  onClick={() => props.onDelete(n.id)}
                  aria-label={`Delete ${n.title}`}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
