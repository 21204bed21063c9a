import { parseBackup } from '@core/backup'
import { ok } from '@shared/result'
import { createBackupText } from '../db/commands/backup/create-backup-text'
import { restoreBackup } from '../db/commands/backup/restore-backup'
import type { WorkbenchDb } from '../db/workbench-db'
import type { SnapshotFormat } from './snapshot-format'

/** Snapshots are backup files: written, checked and restored by the backup module. */
export function backupSnapshotFormat(db: WorkbenchDb, appVersion: string): SnapshotFormat {
  return {
    createText: () => createBackupText(db, { now: new Date().toISOString(), appVersion }),
    inspect: (text) => {
      const parsed = parseBackup(text, db.verno)
      return parsed.ok ? ok({ counts: parsed.value.counts }) : parsed
    },
    restore: (text) => restoreBackup(db, text)
  }
}
