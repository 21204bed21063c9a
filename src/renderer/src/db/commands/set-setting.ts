import type { WorkbenchDb } from '../workbench-db'

/** Stores one setting. */
export function setSetting(db: WorkbenchDb, key: string, value: unknown): Promise<string> {
  return db.settings.put({ key, value })
}
