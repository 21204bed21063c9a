import {
  BACKUP_TABLES,
  parseBackup,
  type BackupCounts,
  type BackupFile
} from '../../../../../core/backup'
import { fail, ok, type Result } from '../../../../../shared/result'
import type { WorkbenchDb } from '../../workbench-db'

/** What a restore put back: the number of records per table. */
export type RestoreSummary = BackupCounts

/**
 * Replaces the whole database with a parsed backup in ONE read-write transaction over every
 * table: each is cleared and refilled. Any failure aborts the transaction, so the database is
 * either entirely the backup or entirely as it was.
 */
export async function restoreBackupFile(
  db: WorkbenchDb,
  file: BackupFile
): Promise<Result<RestoreSummary>> {
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const name of BACKUP_TABLES) {
        const table = db.table(name)
        await table.clear()
        await table.bulkAdd(file.tables[name])
      }
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail('io-error', `The backup could not be restored; nothing was changed. (${reason})`)
  }
  return ok({ ...file.counts })
}

/** Validates the whole text first (nothing is touched if it is refused), then restores it. */
export async function restoreBackup(
  db: WorkbenchDb,
  text: string
): Promise<Result<RestoreSummary>> {
  const parsed = parseBackup(text, db.verno)
  if (!parsed.ok) return parsed
  return restoreBackupFile(db, parsed.value)
}
