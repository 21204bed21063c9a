import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type BackupCounts,
  type BackupFile,
  type BackupTables
} from './backup-format'

export interface BackupContext {
  /** ISO timestamp of the backup. */
  now: string
  appVersion: string
  /** The database's schema version (WorkbenchDb's `verno`). */
  databaseVersion: number
}

/** Wraps every table in the versioned envelope, with a count per table to check on restore. */
export function createBackup(tables: BackupTables, ctx: BackupContext): BackupFile {
  const counts = Object.fromEntries(
    BACKUP_TABLES.map((name) => [name, tables[name].length])
  ) as BackupCounts
  // Key order is the file's order: the header a person can read comes before the tables.
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: ctx.now,
    appVersion: ctx.appVersion,
    databaseVersion: ctx.databaseVersion,
    counts,
    // Only the known tables, in BACKUP_TABLES order, whatever else the caller's object holds.
    tables: {
      articles: tables.articles,
      articleRevisions: tables.articleRevisions,
      annotations: tables.annotations,
      actors: tables.actors,
      events: tables.events,
      notes: tables.notes,
      noteRevisions: tables.noteRevisions,
      noteTemplates: tables.noteTemplates,
      settings: tables.settings
    }
  }
}

/**
 * The file's text: compact JSON, no indentation (it would add a fifth to the size for no reader).
 * Deliberately not compressed: plain JSON has no decompression step, so a crafted file cannot
 * expand into gigabytes (a "zip bomb"); what is read is bounded by the file size check.
 */
export function serializeBackup(file: BackupFile): string {
  return JSON.stringify(file)
}
