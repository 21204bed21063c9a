// Backup and restore: one versioned JSON file holding every table, validated whole before a
// restore touches anything. Pure: the renderer reads and writes the database, main the files.
export {
  BACKUP_FORMAT,
  BACKUP_PRIMARY_KEYS,
  BACKUP_TABLES,
  BACKUP_UNIQUE_FIELDS,
  BACKUP_VERSION,
  KNOWN_DATABASE_VERSION,
  OLDEST_RESTORABLE_DATABASE_VERSION,
  MAX_BACKUP_BYTES,
  TABLES_NOT_BACKED_UP,
  type BackupCounts,
  type BackupFile,
  type BackupTableName,
  type BackupTables
} from './backup-format'
export { backupFileName } from './backup-file-name'
export { checkBackupSize } from './check-backup-size'
export {
  checkIntegrity,
  describeIntegrityProblems,
  describeRepair,
  repairIntegrity,
  type IntegrityProblem,
  type RepairAction
} from './check-integrity'
export { createBackup, serializeBackup, type BackupContext } from './create-backup'
export { backupBody, parseBackup } from './parse-backup'
export { totalRecords } from './total-records'
export { upgradeBackup } from './upgrade-backup'
