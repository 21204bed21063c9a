import {
  BACKUP_PRIMARY_KEYS,
  BACKUP_TABLES,
  checkIntegrity,
  describeIntegrityProblems,
  parseBackup,
  repairIntegrity,
  type BackupCounts,
  type BackupFile,
  type BackupTableName,
  type IntegrityProblem
} from '@core/backup'
import Dexie from 'dexie'
import { buildArticleSummaries } from '@core/library/article-summaries'
import { fail, ok, type Result } from '@shared/result'
import { summariesRebuiltByWriter } from '../../article-summaries-middleware'
import type { WorkbenchDb } from '../../workbench-db'

/** What a restore put back: the number of records per table. */
export type RestoreSummary = BackupCounts

/**
 * Records per bulkPut. One bulkPut queues all its records in one go, and 30,000 annotations held
 * the page for ~1 s (2 s on a busy machine); a chunk of 1,000 holds it for a few tens of ms.
 */
export const RESTORE_CHUNK_SIZE = 1000

/**
 * Chunks queued in IndexedDB at once. IndexedDB writes a chunk in ~0.1 s; with a few queued it
 * has work while a busy machine is slow to give the page its turn to queue the next one.
 */
export const RESTORE_CHUNKS_IN_FLIGHT = 4

/**
 * Throws when two records share a primary key (or one is not text). parseBackup refuses such a file already; this
 * guards the write itself, which uses put (below): a repeated key must abort the restore, not
 * silently keep the last record. ~10 ms for 50,000 records, run while chunks are in flight.
 */
function assertUniqueKeys(name: BackupTableName, records: readonly unknown[]): void {
  const field = BACKUP_PRIMARY_KEYS[name]
  const seen = new Set<string>()
  for (const record of records) {
    const key = (record as Record<string, unknown>)[field]
    // Every table's keys are text (the schemas say so); IndexedDB and a Set then agree on equal.
    if (typeof key !== 'string') throw new Error(`a ${name} record's ${field} is not text`)
    // plural-ok: `name` is a table's name, not a count.
    if (seen.has(key)) throw new Error(`two ${name} records have the ${field} “${key}”`)
    seen.add(key)
  }
}

/**
 * Replaces the whole database with a parsed backup in ONE read-write transaction over every
 * table: each is cleared and refilled. Any failure aborts the transaction, so the database is
 * either entirely the backup or entirely as it was.
 *
 * The records go in chunks, a few in flight: while IndexedDB writes one chunk the next are
 * already queued, so it does not wait for the page, and the page gets the thread back between
 * chunks (measured: the same CPU as one bulkAdd per table, bench/backup/restore-variants-bench.ts).
 * They are written with put, not add: the tables were just cleared and the keys are checked
 * unique first, so both store the same, but add makes IndexedDB look each key up first
 * (measured: 150–190 ms of 2.5–2.8 s, bench/backup/restore-variants-last-run.md).
 */
export async function restoreBackupFile(
  db: WorkbenchDb,
  file: BackupFile
): Promise<Result<RestoreSummary>> {
  try {
    await db.transaction('rw', db.tables, async () => {
      // The summaries are rebuilt from the file below, once, rather than followed chunk by chunk.
      const trans = Dexie.currentTransaction?.idbtrans
      if (trans) summariesRebuiltByWriter(trans)
      await Promise.all(
        [...BACKUP_TABLES, 'articleSummaries' as const].map((name) => db.table(name).clear())
      )
      // Changes on their way into the notes being replaced: replayed, they would land on the
      // restored notes that share their ids.
      await db.noteJournal.clear()
      const inFlight: Promise<unknown>[] = []
      for (const name of BACKUP_TABLES) {
        const records: readonly unknown[] = file.tables[name]
        assertUniqueKeys(name, records)
        for (let i = 0; i < records.length; i += RESTORE_CHUNK_SIZE) {
          const chunk = db.table(name).bulkPut(records.slice(i, i + RESTORE_CHUNK_SIZE))
          // If an earlier chunk fails, later ones are never awaited: mark them handled; the
          // transaction aborts either way.
          chunk.catch(() => undefined)
          inFlight.push(chunk)
          if (inFlight.length >= RESTORE_CHUNKS_IN_FLIGHT) await inFlight.shift()
        }
      }
      await Promise.all(inFlight)
      const { articles, annotations, events } = file.tables
      await db.articleSummaries.bulkPut(
        buildArticleSummaries(
          articles,
          annotations.map((a) => a.articleId),
          events.map((e) => e.articleId)
        )
      )
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail('io-error', `The backup could not be restored; nothing was changed. (${reason})`)
  }
  return ok({ ...file.counts })
}

/** Restores a checked backup: refused with its problems, or repaired as listed when asked. */
export function restoreChecked(
  db: WorkbenchDb,
  file: BackupFile,
  problems: readonly IntegrityProblem[],
  repair: boolean
): Promise<Result<RestoreSummary>> {
  if (problems.length > 0 && !repair)
    return Promise.resolve(fail('invalid-payload', describeIntegrityProblems(problems)))
  return restoreBackupFile(db, problems.length > 0 ? repairIntegrity(file, problems) : file)
}

/**
 * Validates the whole text first (schemas, references, sizes: nothing is touched if it is
 * refused), then restores it, on this thread. The app reads backups in a worker instead
 * (open-backup-in-worker.ts); this serves tests and places without workers.
 */
export async function restoreBackup(
  db: WorkbenchDb,
  text: string
): Promise<Result<RestoreSummary>> {
  const parsed = parseBackup(text, db.verno)
  if (!parsed.ok) return parsed
  return restoreChecked(db, parsed.value, checkIntegrity(parsed.value.tables), false)
}
