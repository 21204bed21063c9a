import { parseBackup } from '@core/backup'
import { ok } from '@shared/result'
import { makeBackupFile } from '../db/commands/backup/make-backup-text'
import { openBackup } from '../db/commands/backup/open-backup'
import type { WorkbenchDb } from '../db/workbench-db'
import type { SnapshotFormat } from './snapshot-format'

/** Snapshots are backup files: written, checked and restored by the backup module. */
export function backupSnapshotFormat(db: WorkbenchDb, appVersion: string): SnapshotFormat {
  return {
    createFile: (as) => makeBackupFile(db, { now: new Date().toISOString(), appVersion }, as),
    inspect: (text) => {
      const parsed = parseBackup(text, db.verno)
      return parsed.ok ? ok({ counts: parsed.value.counts }) : parsed
    },
    // In a worker (the page never parses it); a snapshot with problems is refused, listing them.
    // The start-up offer already holds the text (it inspected it): handed over as a Blob.
    restore: async (text) => {
      const opened = await openBackup(db)(new Blob([text]))
      if (!opened.ok) return opened
      try {
        return await opened.value.restore({ repair: false })
      } finally {
        opened.value.close()
      }
    }
  }
}
