import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type ReactNode } from 'react'
import { Dialog } from '../ui/Dialog'
import { formatDateTime } from '../ui/format-date'
import { db } from '../db/db'
import { listRevisions } from '../db/queries/list-notes'
import { docPreview } from './doc-preview'

interface Props {
  noteId: string
  /** False while another window edits the note: a restore would write over its text. */
  canRestore?: boolean
  onRestore: (revisionId: string) => void
  onClose: () => void
}

const kb = (bytes: number): string =>
  bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`

/** Revision history: every snapshot with its time and size, a preview, and restore. */
export function NoteHistoryDialog({
  noteId,
  canRestore = true,
  onRestore,
  onClose
}: Props): ReactNode {
  const revisions = useLiveQuery(() => listRevisions(db, noteId), [noteId])
  const [selected, setSelected] = useState<string | null>(null)
  const revision = revisions?.find((r) => r.id === selected) ?? revisions?.[0]
  return (
    <Dialog
      title="Note history"
      open
      wide
      onClose={onClose}
      footer={
        <>
          <span className="footer-hint">
            {canRestore
              ? 'Restoring keeps the current text as a revision first.'
              : 'Another window is editing this note: take over editing to restore a revision.'}
          </span>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!revision || !canRestore}
            onClick={() => revision && onRestore(revision.id)}
          >
            Restore this revision
          </button>
        </>
      }
    >
      {revisions === undefined ? null : revisions.length === 0 ? (
        <p>
          No revisions yet. A snapshot is taken every few minutes while you write, and before any
          restore.
        </p>
      ) : (
        <div className="history">
          <ul className="history-list" aria-label="Revisions">
            {revisions.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className="history-item"
                  aria-current={revision?.id === r.id ? 'true' : undefined}
                  onClick={() => setSelected(r.id)}
                >
                  <span>{formatDateTime(r.createdAt)}</span>
                  <span className="muted small">
                    {kb(r.size)}
                    {r.reason === 'before-restore' ? ' · before a restore' : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <div className="history-preview" aria-label="Revision preview" role="region">
            {revision &&
              docPreview(revision.doc).map((line, i) => (
                <p key={i} className={`preview-${line.kind}`}>
                  {line.text}
                </p>
              ))}
          </div>
        </div>
      )}
    </Dialog>
  )
}
