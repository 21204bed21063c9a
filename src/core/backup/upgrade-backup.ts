import { RECORD_VERSION, TABLE_ADDED_IN, needsUpgrade, upgradeRecord } from '../records/migrations'
import { BACKUP_TABLES } from './backup-format'
import { isObject } from './is-object'

/**
 * A backup written by an older database version, with the tables that version did not have yet
 * (empty, counted 0), so the header and table checks see every table. Other files are returned
 * as they are, for those checks to judge.
 */
export function withTablesOfItsVersion(file: Record<string, unknown>): Record<string, unknown> {
  const version = file['databaseVersion']
  const { tables, counts } = file
  if (typeof version !== 'number' || !isObject(tables) || !isObject(counts)) return file
  const added = BACKUP_TABLES.filter(
    (name) => (TABLE_ADDED_IN[name] ?? 0) > version && !(name in tables) && !(name in counts)
  )
  if (added.length === 0) return file
  return {
    ...file,
    counts: { ...counts, ...Object.fromEntries(added.map((name) => [name, 0])) },
    tables: { ...tables, ...Object.fromEntries(added.map((name) => [name, []])) }
  }
}

/**
 * Every record of a backup (checked to be a list per table) brought to the current schema by the
 * same steps the Dexie versions run (core/records/migrations), and the file marked current.
 */
export function upgradeBackupRecords(file: Record<string, unknown>): Record<string, unknown> {
  const from = file['databaseVersion'] as number
  if (from >= RECORD_VERSION) return file
  const tables = file['tables'] as Record<string, unknown[]>
  const upgraded = Object.fromEntries(
    BACKUP_TABLES.map((name) => [
      name,
      needsUpgrade(name, from)
        ? tables[name]!.map((record) => upgradeRecord(name, record, from))
        : tables[name]
    ])
  )
  return { ...file, databaseVersion: RECORD_VERSION, tables: upgraded }
}

/** What parseBackup does to an older version's backup before validating it (for a file checked elsewhere). */
export const upgradeBackup = (file: Record<string, unknown>): Record<string, unknown> =>
  upgradeBackupRecords(withTablesOfItsVersion(file))
