import type { ReactNode } from 'react'
import { Dialog } from '../components/Dialog'
import { formatDateTime } from '../components/format-date'
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
  /** Leave a damaged database alone for now (nothing is deleted). */
  onNotNow: () => void
}

/** Offers the latest good snapshot when the database is empty or damaged at startup. */
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
      // Closing decides nothing destructive: an empty database just starts empty.
      onClose={damage === null ? onStartEmpty : onNotNow}
      footer={
        <>
          {damage !== null && (
            <button type="button" className="button" disabled={busy} onClick={onNotNow}>
              Not now
            </button>
          )}
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
        <p>The workbench’s database is empty, but it has automatic snapshots of earlier work.</p>
      ) : (
        <p>
          The workbench’s database appears to be damaged ({damage}). Starting empty or restoring
          replaces it; “Not now” leaves it as it is.
        </p>
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
