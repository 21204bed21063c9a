import { BACKUP_TABLES, type BackupCounts } from '@core/backup'
import type { WorkbenchDb } from '../workbench-db'

/** How many records each table holds now (shown beside a backup's counts before a restore). */
export async function countRecords(db: WorkbenchDb): Promise<BackupCounts> {
  const counts = await Promise.all(BACKUP_TABLES.map((name) => db.table(name).count()))
  return Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, counts[i]])) as BackupCounts
}
