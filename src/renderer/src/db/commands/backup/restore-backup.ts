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
 * Chunks queued in IndexedDB at once. IndexedDB writes a chunk in ~0.1 s; with a few queued it
 * has work while a busy machine is slow to give the page its turn to queue the next one.
 */
export const RESTORE_CHUNKS_IN_FLIGHT = 4

/**
 * Replaces the whole database with a parsed backup in ONE read-write transaction over every
 * table: each is cleared and refilled. Any failure aborts the transaction, so the database is
 * either entirely the backup or entirely as it was.
 *
 * The records go in chunks, a few in flight: while IndexedDB writes one chunk the next are
 * already queued, so it does not wait for the page, and the page gets the thread back between
 * chunks (measured: the same CPU as one bulkAdd per table, bench/backup/restore-variants-bench.ts).
 */
export async function restoreBackupFile(
  db: WorkbenchDb,
  file: BackupFile
): Promise<Result<RestoreSummary>> {
  try {
    await db.transaction('rw', db.tables, async () => {
      await Promise.all(BACKUP_TABLES.map((name) => db.table(name).clear()))
      const inFlight: Promise<unknown>[] = []
      for (const name of BACKUP_TABLES) {
        const records: readonly unknown[] = file.tables[name]
        for (let i = 0; i < records.length; i += RESTORE_CHUNK_SIZE) {
          const chunk = db.table(name).bulkAdd(records.slice(i, i + RESTORE_CHUNK_SIZE))
          // If an earlier chunk fails, later ones are never awaited: mark them handled; the
          // transaction aborts either way.
          chunk.catch(() => undefined)
          inFlight.push(chunk)
          if (inFlight.length >= RESTORE_CHUNKS_IN_FLIGHT) await inFlight.shift()
        }
      }
      await Promise.all(inFlight)
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
