import type { ReactNode } from 'react'
import { BACKUP_TABLES, type BackupCounts, type BackupFile, totalRecords } from '@core/backup'
import { Dialog } from '../ui/Dialog'
import { formatDateTime } from '../ui/format-date'
import { BACKUP_TABLE_LABELS } from './backup-table-labels'

interface Props {
  /** "Restore from backup" unless the file is an automatic snapshot. */
  title?: string
  fileName: string
  /** The backup's header (already validated in full). */
  backup: Pick<BackupFile, 'createdAt' | 'appVersion' | 'counts'>
  /** What the workbench holds now, to show what the restore replaces. */
  current: BackupCounts
  restoring: boolean
  /**
   * Why no snapshot of the current data could be taken first; confirming again then replaces
   * everything without one.
   */
  snapshotFailure: string | null
  onConfirm: () => void
  onBackUpFirst: () => void
  onCancel: () => void
}

const fmt = (n: number): string => n.toLocaleString('en')

/**
 * Asks before a restore: what the file holds beside what the workbench holds now, and that
 * everything now will be replaced (after a snapshot of it, so the restore can be undone).
 * Focus starts on Cancel, so Enter alone never replaces data.
 */
export function RestoreBackupDialog(props: Props): ReactNode {
  const { backup, current, restoring, snapshotFailure } = props
  return (
    <Dialog
      title={props.title ?? 'Restore from backup'}
      open
      wide
      onClose={restoring ? () => undefined : props.onCancel}
      footer={
        <>
          <button
            type="button"
            className="button button-quiet restore-backup-first"
            onClick={props.onBackUpFirst}
            disabled={restoring}
          >
            Back up current data first…
          </button>
          <button
            type="button"
            className="button"
            onClick={props.onCancel}
            disabled={restoring}
            data-autofocus
          >
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={props.onConfirm}
            disabled={restoring}
            aria-describedby="restore-warning"
          >
            {restoring
              ? 'Restoring…'
              : snapshotFailure === null
                ? 'Replace everything with this backup'
                : 'Replace everything without a snapshot'}
          </button>
        </>
      }
    >
      <p>
        <strong className="restore-file">{props.fileName}</strong> was made on{' '}
        {formatDateTime(backup.createdAt)} by Analyst Workbench {backup.appVersion || '(unknown)'}.
      </p>
      <table className="backup-counts">
        <caption className="visually-hidden">
          Records in the backup and in the workbench now
        </caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">In the backup</th>
            <th scope="col">In the workbench now</th>
          </tr>
        </thead>
        <tbody>
          {BACKUP_TABLES.map((name) => (
            <tr key={name}>
              <th scope="row">{BACKUP_TABLE_LABELS[name]}</th>
              <td>{fmt(backup.counts[name])}</td>
              <td>{fmt(current[name])}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{fmt(totalRecords(backup.counts))}</td>
            <td>{fmt(totalRecords(current))}</td>
          </tr>
        </tfoot>
      </table>
      <p id="restore-warning" className="restore-warning" role="note">
        Restoring <strong>replaces everything currently in the workbench</strong> — every article,
        annotation, event, note and setting — with the contents of this backup. A snapshot of the
        current data is taken first, so “Restore from a snapshot…” can undo it.
      </p>
      {snapshotFailure !== null && (
        <p className="form-error" role="alert">
          No snapshot of the current data could be taken: {snapshotFailure} Back up the current data
          first, or replace everything without a snapshot (that cannot be undone).
        </p>
      )}
    </Dialog>
  )
}
