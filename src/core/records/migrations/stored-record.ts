/** A record as IndexedDB or a backup file holds it: whatever an earlier version wrote. */
export type StoredRecord = Record<string, unknown>

/** One step: a record of one table as version `version - 1` wrote it, as version `version` reads it. */
export type RecordUpgrade = (record: StoredRecord) => StoredRecord

/** Copies a frozen default so no two records share (or try to modify) the same list or object. */
export const copyOf = <T>(value: T): T => structuredClone(value)

/** The record with each field that is absent (or null/undefined) set to its default. */
export function withDefaults(record: StoredRecord, defaults: Readonly<StoredRecord>): StoredRecord {
  const out: StoredRecord = { ...record }
  for (const [key, value] of Object.entries(defaults)) out[key] ??= copyOf(value)
  return out
}
