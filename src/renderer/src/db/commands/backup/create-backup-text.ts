import { createBackup, serializeBackup } from '@core/backup'
import { readAllTables } from '../../queries/read-all-tables'
import type { WorkbenchDb } from '../../workbench-db'

/** Reads every table in ONE read transaction (a consistent snapshot), returns the backup's text. */
export async function createBackupText(
  db: WorkbenchDb,
  ctx: { now: string; appVersion: string }
): Promise<string> {
  const tables = await db.transaction('r', db.tables, () => readAllTables(db))
  return serializeBackup(createBackup(tables, { ...ctx, databaseVersion: db.verno }))
}
