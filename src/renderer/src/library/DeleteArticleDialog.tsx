import type { ReactNode } from 'react'
import { Dialog } from '../components/Dialog'
import type { ArticleDependants } from '../db/commands/delete-article'

interface Props {
  title: string
  dependants: ArticleDependants
  onCancel: () => void
  onConfirm: () => void
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** Says what goes with an article before it is deleted, and what stays. */
export function DeleteArticleDialog({
  title,
  dependants: d,
  onCancel,
  onConfirm
}: Props): ReactNode {
  const notes = d.ownNotes + d.citingNotes
  return (
    <Dialog
      title="Delete article"
      open
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={onCancel} data-autofocus>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={onConfirm}>
            Delete article
          </button>
        </>
      }
    >
      <p>
        Delete “{title}” from the library? With it go{' '}
        <strong data-testid="delete-counts">
          {count(d.annotations, 'annotation', 'annotations')}, {count(d.events, 'event', 'events')}{' '}
          and {count(d.revisions, 'earlier version', 'earlier versions')}
        </strong>
        .
      </p>
      {notes > 0 && (
        <p>
          {count(notes, 'note quotes or links it', 'notes quote or link it')}: they keep their text,
          and their quotes and event cards are marked as from a deleted article.
          {d.ownNotes > 0 &&
            ` ${count(d.ownNotes, 'note about it becomes a note', 'notes about it become notes')} across articles.`}
        </p>
      )}
      <p className="form-hint">Ctrl+Z or Undo in the message brings it all back.</p>
    </Dialog>
  )
}
