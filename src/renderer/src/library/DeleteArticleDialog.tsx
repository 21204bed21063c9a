import type { ReactNode } from 'react'
import { Dialog } from '../ui/Dialog'
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
      {d.citingNotes > 0 && (
        <p>
          {count(d.citingNotes, 'other note quotes or links it', 'other notes quote or link it')}:
          they keep their text, and their quotes and event cards are marked as from a deleted
          article.
        </p>
      )}
      {d.ownNotes > 0 && (
        <p>
          {count(d.ownNotes, 'note about it stays', 'notes about it stay')}, as{' '}
          {d.ownNotes === 1 ? 'a note' : 'notes'} across articles, with{' '}
          {d.ownNotes === 1 ? 'its' : 'their'} text; quotes and event cards in{' '}
          {d.ownNotes === 1 ? 'it' : 'them'} are marked as from a deleted article.
        </p>
      )}
      <p className="form-hint">Ctrl+Z or Undo in the message brings it all back.</p>
    </Dialog>
  )
}
