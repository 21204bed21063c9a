import type { Result } from '@shared/result'
import type { Platform } from '../platform/platform'

/** Records in a snapshot, by table name (articles, annotations, …). */
export type RecordCounts = Readonly<Record<string, number>>

/**
 * What snapshots need from the backup format; a snapshot file is a backup file. Injected so the
 * snapshot code does not depend on how backups are built, parsed or restored.
 */
export interface SnapshotFormat {
  /**
   * The whole database as a backup file's UTF-8 bytes, made in a worker (makeBackupFile): a Blob
   * for browser storage, a buffer for main. The page never holds a big snapshot's text.
   */
  createFile: (as: SnapshotFileForm) => Promise<Blob | Uint8Array<ArrayBuffer>>
  /** Validates a snapshot's text and counts its records (parseBackup, then counting). */
  inspect: (text: string) => Result<{ counts: RecordCounts }>
  /** Replaces the database's content with the snapshot's (restoreBackup). */
  restore: (text: string) => Promise<Result<unknown>>
}

export type SnapshotFileForm = 'blob' | 'bytes'

/** The form a platform stores as it is: the desktop app's IPC carries bytes, not Blobs. */
export const snapshotFileForm = (kind: Platform['kind']): SnapshotFileForm =>
  kind === 'electron' ? 'bytes' : 'blob'

/** The total number of records, settings excluded (they are not the analyst's work). */
export function countWork(counts: RecordCounts): number {
  return Object.entries(counts).reduce(
    (sum, [table, n]) => (table === 'settings' ? sum : sum + n),
    0
  )
}
