import { useCallback, useRef, useState, type ReactNode } from 'react'
import {
  BACKUP_TABLES,
  backupFileName,
  checkBackupSize,
  type BackupCounts,
  type BackupFile
} from '../../../core/backup'
import { useNotices } from '../app/notices'
import { undoStack } from '../app/undo'
import { formatDateTime } from '../components/format-date'
import { createBackupText } from '../db/commands/backup/create-backup-text'
import { checkBackupInWorker } from '../db/commands/backup/check-backup-in-worker'
import { readBackup } from '../db/commands/backup/read-backup'
import { restoreBackupFile } from '../db/commands/backup/restore-backup'
import { db } from '../db/db'
import { countRecords } from '../db/queries/count-records'
import { platform } from '../platform'
import { RestoreBackupDialog } from './RestoreBackupDialog'

interface PendingRestore {
  fileName: string
  backup: BackupFile
  current: BackupCounts
}

export interface BackupActions {
  /** Saves every table as one JSON file (a download in browser mode). */
  backUp: () => Promise<void>
  /** Opens a backup, validates all of it, then asks before replacing everything. */
  restoreFromFile: () => Promise<void>
  /** The confirmation dialog, when one is open. */
  dialogs: ReactNode
}

const total = (counts: BackupCounts): number =>
  BACKUP_TABLES.reduce((sum, name) => sum + counts[name], 0)
const records = (n: number): string => `${n.toLocaleString('en')} record${n === 1 ? '' : 's'}`
const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path

/**
 * Back up and restore, with their notices and dialog. `onRestored` runs after a restore so the
 * caller can reopen views that hold data in memory (editors, selections).
 */
export function useBackupActions(onRestored?: () => void): BackupActions {
  const { notify } = useNotices()
  const [pending, setPending] = useState<PendingRestore | null>(null)
  const [restoring, setRestoring] = useState(false)
  // A second click while a backup is being written must not start another.
  const backingUp = useRef(false)

  const backUp = useCallback(async () => {
    if (backingUp.current) return
    backingUp.current = true
    try {
      const now = new Date()
      const info = await platform.getInfo()
      const appVersion = info.ok ? info.value.appVersion : ''
      const text = await createBackupText(db, { now: now.toISOString(), appVersion })
      // A backup this version could not open again would only give a false sense of safety.
      const size = checkBackupSize(new Blob([text]).size)
      if (!size.ok) {
        notify(
          'error',
          `The backup was not saved, because the workbench could not restore it: ${size.error.message}`
        )
        return
      }
      const counts = await countRecords(db)
      const saved = await platform.saveFile({
        suggestedName: backupFileName(now),
        filters: [{ name: 'Analyst Workbench backup', extensions: ['json'] }],
        data: text,
        title: 'Back up'
      })
      if (!saved.ok) notify('error', `The backup was not saved: ${saved.error.message}`)
      else if (saved.value)
        notify('info', `Backed up ${records(total(counts))} to ${baseName(saved.value.path)}.`)
    } catch (error) {
      notify('error', `The backup could not be made: ${String(error)}`)
    } finally {
      backingUp.current = false
    }
  }, [notify])

  const restoreFromFile = useCallback(async () => {
    const opened = await platform.openBackupFile()
    if (!opened.ok) {
      notify('error', `Nothing was restored. ${opened.error.message}`)
      return
    }
    if (!opened.value) return
    const { fileName, text } = opened.value
    // Checked in a worker: a large file must not freeze the window right after the file dialog.
    const parsed = await readBackup(text, db.verno, checkBackupInWorker)
    if (!parsed.ok) {
      notify(
        'error',
        `“${fileName}” was not restored; the workbench is unchanged. ${parsed.error.message}`
      )
      return
    }
    setPending({ fileName, backup: parsed.value, current: await countRecords(db) })
  }, [notify])

  const confirm = useCallback(async () => {
    if (!pending) return
    setRestoring(true)
    const result = await restoreBackupFile(db, pending.backup)
    setRestoring(false)
    setPending(null)
    if (!result.ok) {
      notify('error', result.error.message)
      return
    }
    // The undo history refers to records that the restore just replaced.
    undoStack.clear()
    onRestored?.()
    notify(
      'info',
      `Restored ${records(total(result.value))} from “${pending.fileName}”, backed up ${formatDateTime(pending.backup.createdAt)}.`
    )
  }, [pending, notify, onRestored])

  const dialogs = pending ? (
    <RestoreBackupDialog
      fileName={pending.fileName}
      backup={pending.backup}
      current={pending.current}
      restoring={restoring}
      onConfirm={() => void confirm()}
      onBackUpFirst={() => void backUp()}
      onCancel={() => setPending(null)}
    />
  ) : null

  return { backUp, restoreFromFile, dialogs }
}
