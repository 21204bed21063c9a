import type { ReactNode } from 'react'
import { Dialog } from '../ui/Dialog'
import { formatDateTime } from '../ui/format-date'
import { describeCounts } from './describe-counts'
import type { StartupOffer } from './startup-check'

export type RestoreOffer = Extract<StartupOffer, { kind: 'restore' | 'reset' }>

interface SnapshotRestoreDialogProps {
  offer: RestoreOffer
  /** A choice is being carried out: the buttons wait. */
  busy: boolean
  error: string | null
  /** Browser mode: a downloaded backup is the other way back. */
  browserMode: boolean
  onRestore: () => void
  onStartEmpty: () => void
  /** Decide later: nothing changes, nothing is deleted, and the offer comes back next start. */
  onNotNow: () => void
}

/**
 * Offers the latest good snapshot when the database is empty or damaged at startup. Closing it
 * (Escape, ×) is "Not now": one keypress must never give up the offer for good.
 */
export function SnapshotRestoreDialog({
  offer,
  busy,
  error,
  browserMode,
  onRestore,
  onStartEmpty,
  onNotNow
}: SnapshotRestoreDialogProps): ReactNode {
  const damage = offer.damage
  const snapshot = offer.kind === 'restore' ? offer.snapshot : null
  return (
    <Dialog
      title={damage === null ? 'Restore your work?' : 'The database could not be opened'}
      open
      onClose={busy ? () => undefined : onNotNow}
      footer={
        <>
          <button type="button" className="button" disabled={busy} onClick={onNotNow}>
            Not now
          </button>
          <button type="button" className="button" disabled={busy} onClick={onStartEmpty}>
            Start empty
          </button>
          {snapshot && (
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={onRestore}
              data-autofocus
            >
              Restore this snapshot
            </button>
          )}
        </>
      }
    >
      {damage === null ? (
        <p>
          The workbench’s database is empty, but it has automatic snapshots of earlier work. “Not
          now” changes nothing and asks again at the next start; “Start empty” begins afresh (the
          snapshots stay available under “Restore from a snapshot…”).
        </p>
      ) : (
        <>
          <p>{damage}</p>
          <p data-testid="damage-warning">
            Opening it failed again, so it may be damaged. Both “Restore this snapshot” and “Start
            empty” <strong>delete the database</strong> and put a new one in its place. “Not now”
            leaves it as it is, so a newer version of the workbench or a restart may still open it.
          </p>
        </>
      )}
      {snapshot ? (
        <>
          <p>
            The latest good snapshot is from{' '}
            <time dateTime={snapshot.info.createdAt} data-testid="snapshot-date">
              {formatDateTime(snapshot.info.createdAt)}
            </time>{' '}
            and holds:
          </p>
          <p className="snapshot-counts" data-testid="snapshot-counts">
            {describeCounts(snapshot.counts)}
          </p>
        </>
      ) : (
        <p>
          There is no snapshot to restore.
          {browserMode && ' If you downloaded a backup, start empty and then restore it.'}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}
