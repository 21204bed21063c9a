import type { Result } from '@shared/result'

/** Records in a snapshot, by table name (articles, annotations, …). */
export type RecordCounts = Readonly<Record<string, number>>

/**
 * What snapshots need from the backup format; a snapshot file is a backup file. Injected so the
 * snapshot code does not depend on how backups are built, parsed or restored.
 */
export interface SnapshotFormat {
  /** The whole database as backup text (createBackupText). */
  createText: () => Promise<string>
  /** Validates a snapshot's text and counts its records (parseBackup, then counting). */
  inspect: (text: string) => Result<{ counts: RecordCounts }>
  /** Replaces the database's content with the snapshot's (restoreBackup). */
  restore: (text: string) => Promise<Result<unknown>>
}

/** The total number of records, settings excluded (they are not the analyst's work). */
export function countWork(counts: RecordCounts): number {
  return Object.entries(counts).reduce(
    (sum, [table, n]) => (table === 'settings' ? sum : sum + n),
    0
  )
}
