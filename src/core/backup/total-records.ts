import { BACKUP_TABLES, type BackupCounts } from './backup-format'

/** How many records a backup (or the workbench) holds in all, settings included. */
export const totalRecords = (counts: BackupCounts): number =>
  BACKUP_TABLES.reduce((sum, name) => sum + counts[name], 0)
