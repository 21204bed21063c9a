import type { ReactNode } from 'react'
import {
  BACKUP_TABLES,
  describeRepair,
  totalRecords,
  type BackupCounts,
  type BackupFile,
  type IntegrityProblem
} from '@core/backup'
import { countNoun } from '@core/text/count-noun'
import { Dialog } from '../ui/Dialog'
import { formatDateTime } from '../ui/format-date'
import { BACKUP_TABLE_LABELS } from './backup-table-labels'

interface Props {
  /** "Restore from backup" unless the file is an automatic snapshot. */
  title?: string
  fileName: string
  /** The backup's header (already validated in full). */
  backup: Pick<BackupFile, 'createdAt' | 'appVersion' | 'counts'>
  /** Records the backup cannot restore as they are (broken references, too large). */
  problems: readonly IntegrityProblem[]
  /** Whether the analyst chose to restore with those records repaired as listed. */
  repair: boolean
  onRepairChange: (repair: boolean) => void
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

/** Problems listed in the dialog; the rest are counted. */
const LISTED = 8

/**
 * The records a backup cannot restore as they are, each with what a repair does to it. Restoring
 * then takes an explicit choice: nothing broken goes in unseen, and nothing is dropped unsaid.
 */
function IntegrityProblems(props: {
  problems: readonly IntegrityProblem[]
  repair: boolean
  disabled: boolean
  onRepairChange: (repair: boolean) => void
}): ReactNode {
  const { problems } = props
  const more = problems.length - Math.min(problems.length, LISTED)
  return (
    <section className="restore-problems" aria-labelledby="restore-problems-title">
      <h3 id="restore-problems-title" className="restore-problems-title">
        {countNoun(problems.length, 'record')} cannot be restored as{' '}
        {problems.length === 1 ? 'it is' : 'they are'}
      </h3>
      <ul className="restore-problem-list">
        {problems.slice(0, LISTED).map((p) => (
          <li key={`${p.table}:${p.id}`}>
            <span className="restore-problem-label">{p.label}</span>: {p.reason}.{' '}
            <em className="restore-problem-repair">Repair: {describeRepair(p.repair)}.</em>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="restore-problem-more">…and {fmt(more)} more like these.</p>}
      <label className="restore-repair-choice">
        <input
          type="checkbox"
          checked={props.repair}
          disabled={props.disabled}
          onChange={(event) => props.onRepairChange(event.target.checked)}
        />{' '}
        Restore with these records repaired as listed
      </label>
    </section>
  )
}

/**
 * Asks before a restore: what the file holds beside what the workbench holds now, and that
 * everything now will be replaced (after a snapshot of it, so the restore can be undone).
 * Focus starts on Cancel, so Enter alone never replaces data.
 */
export function RestoreBackupDialog(props: Props): ReactNode {
  const { backup, current, restoring, snapshotFailure, problems } = props
  // A backup with problems restores only once the analyst has chosen the repairs.
  const blocked = problems.length > 0 && !props.repair
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
            disabled={restoring || blocked}
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
      {problems.length > 0 && (
        <IntegrityProblems
          problems={problems}
          repair={props.repair}
          disabled={restoring}
          onRepairChange={props.onRepairChange}
        />
      )}
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
