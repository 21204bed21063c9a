import type { WorkbenchDb } from '../workbench-db'

/** A setting's stored value, or the fallback when absent or of another type. */
export async function getSetting<T>(
  db: WorkbenchDb,
  key: string,
  fallback: T,
  isT: (v: unknown) => v is T
): Promise<T> {
  const record = await db.settings.get(key)
  return record && isT(record.value) ? record.value : fallback
}
