import { BACKUP_TABLES, type BackupCounts, type BackupFile } from '../../../../../core/backup'
import { fail, ok, type Result } from '../../../../../shared/result'
import type { WorkbenchDb } from '../../workbench-db'
import { readBackup, type CheckBackup } from './read-backup'

/** What a restore put back: the number of records per table. */
export type RestoreSummary = BackupCounts

/**
 * Records per bulkAdd. One bulkAdd queues all its records in one go, and 30,000 annotations held
 * the page for ~1 s (2 s on a busy machine); a chunk of 1,000 holds it for a few tens of ms.
 */
export const RESTORE_CHUNK_SIZE = 1000

/**
 * Replaces the whole database with a parsed backup in ONE read-write transaction over every
 * table: each is cleared and refilled. Any failure aborts the transaction, so the database is
 * either entirely the backup or entirely as it was.
 *
 * The records go in chunks, at most two in flight: while IndexedDB writes one chunk the next is
 * already queued, so it never waits for the page, and the page gets the thread back between
 * chunks (measured: the same time as one bulkAdd per table, bench/backup/restore-variants-bench.ts).
 */
export async function restoreBackupFile(
  db: WorkbenchDb,
  file: BackupFile
): Promise<Result<RestoreSummary>> {
  try {
    await db.transaction('rw', db.tables, async () => {
      await Promise.all(BACKUP_TABLES.map((name) => db.table(name).clear()))
      let previous: Promise<unknown> = Promise.resolve()
      for (const name of BACKUP_TABLES) {
        const records: readonly unknown[] = file.tables[name]
        for (let i = 0; i < records.length; i += RESTORE_CHUNK_SIZE) {
          const current = db.table(name).bulkAdd(records.slice(i, i + RESTORE_CHUNK_SIZE))
          // If an earlier chunk fails, this one is never awaited: mark it handled; the
          // transaction aborts either way.
          current.catch(() => undefined)
          await previous
          previous = current
        }
      }
      await previous
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail('io-error', `The backup could not be restored; nothing was changed. (${reason})`)
  }
  return ok({ ...file.counts })
}

/**
 * Validates the whole text first (nothing is touched if it is refused), then restores it. With
 * `check` (checkBackupInWorker) the validation runs off the page's thread: the page stays live,
 * but the restore takes longer (see readBackup).
 */
export async function restoreBackup(
  db: WorkbenchDb,
  text: string,
  check?: CheckBackup
): Promise<Result<RestoreSummary>> {
  const read = await readBackup(text, db.verno, check)
  if (!read.ok) return read
  return restoreBackupFile(db, read.value)
}
