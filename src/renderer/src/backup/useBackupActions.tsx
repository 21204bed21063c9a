import { useCallback, useRef, useState, type ReactNode } from 'react'
import { backupFileName, checkBackupSize, totalRecords, type BackupCounts } from '@core/backup'
import { ok } from '@shared/result'
import { useNotices } from '../services/notices'
import { flushPendingWrites, startDataEpoch } from '../services/pending-writes'
import { undoStack } from '../services/undo'
import { formatDateTime } from '../ui/format-date'
import { makeBackupFile } from '../db/commands/backup/make-backup-text'
import { openBackup } from '../db/commands/backup/open-backup'
import type { ReviewedBackup } from '../db/commands/backup/reviewed-backup'
import { db } from '../db/db'
import { countRecords } from '../db/queries/count-records'
import { platform } from '../platform'
import type { BackupData } from '../platform/platform'
import { backupSnapshotFormat } from '../snapshots/backup-snapshot-format'
import { RestoreSnapshotDialog } from '../snapshots/RestoreSnapshotDialog'
import { createSnapshotCounts } from '../snapshots/snapshot-counts'
import { snapshotBeforeRestore } from '../snapshots/snapshot-before-restore'
import { snapshotFileForm } from '../snapshots/snapshot-format'
import { RestoreBackupDialog } from './RestoreBackupDialog'

interface PendingRestore {
  fileName: string
  /** Read and checked whole, held (in a worker in the app) until the analyst answers. */
  backup: ReviewedBackup
  current: BackupCounts
  /** The analyst chose to restore a backup with problems repaired as listed. */
  repair: boolean
  /** Chosen among the automatic snapshots rather than opened as a file. */
  fromSnapshot: boolean
  /** Why the snapshot of the current data failed; the next confirmation restores without. */
  snapshotFailure: string | null
}

// A snapshot is a backup file: read, checked and written by the backup module.
const snapshotFormat = backupSnapshotFormat(db, __APP_VERSION__)
const listSnapshots = () => platform.listSnapshots()
const readSnapshot = (name: string) => platform.readSnapshot({ name })
// Counted once per snapshot, in a worker (on the page where there are none: unit tests).
const snapshotCounts = createSnapshotCounts({
  read: readSnapshot,
  check: async (data) => {
    // The worker reads the file; only the header comes back to the page, and the worker is let
    // go at once.
    const opened = await openBackup(db)(data)
    if (!opened.ok) return opened
    opened.value.close()
    return ok(opened.value.header.counts)
  },
  storage: typeof localStorage === 'undefined' ? undefined : localStorage
})

export interface BackupActions {
  /** Saves every table as one JSON file (a download in browser mode). */
  backUp: () => Promise<void>
  /** Opens a backup, validates all of it, then asks before replacing everything. */
  restoreFromFile: () => Promise<void>
  /** Lists the automatic snapshots; the chosen one is restored like a backup file. */
  restoreFromSnapshot: () => void
  /** The confirmation dialog, when one is open. */
  dialogs: ReactNode
  /** A restore is being chosen, confirmed or written: other commands must wait. */
  busy: boolean
}

const records = (n: number): string => `${n.toLocaleString('en')} record${n === 1 ? '' : 's'}`
const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path

/**
 * Back up and restore (from a file or an automatic snapshot), with their notices and dialogs.
 * Every restore first snapshots the current data, so it can be undone. `onRestored` runs after
 * a restore (or a failed write of one) so the caller can reopen views that hold data in memory
 * (editors, selections): editors opened before it no longer write.
 */
export function useBackupActions(onRestored?: () => void): BackupActions {
  const { notify } = useNotices()
  const [pending, setPending] = useState<PendingRestore | null>(null)
  const [choosingSnapshot, setChoosingSnapshot] = useState(false)
  const [restoring, setRestoring] = useState(false)
  // A second click while a backup is being written must not start another.
  const backingUp = useRef(false)

  const backUp = useCallback(async () => {
    if (backingUp.current) return
    backingUp.current = true
    try {
      // What is still being typed in a note goes in first: the backup holds the last keystroke.
      await flushPendingWrites()
      const now = new Date()
      const info = await platform.getInfo()
      const appVersion = info.ok ? info.value.appVersion : ''
      // Made in a worker as its UTF-8 bytes, never as text on the page, which only hands them on:
      // a Blob to download in a browser, a buffer (transferred from the worker) for main to write
      // in the desktop app, whose IPC carries no Blob.
      const ctx = { now: now.toISOString(), appVersion }
      const file =
        platform.kind === 'electron'
          ? await makeBackupFile(db, ctx, 'bytes')
          : await makeBackupFile(db, ctx, 'blob')
      // A backup this version could not open again would only give a false sense of safety.
      const size = checkBackupSize(file instanceof Blob ? file.size : file.byteLength)
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
        data: file,
        title: 'Back up'
      })
      if (!saved.ok) notify('error', `The backup was not saved: ${saved.error.message}`)
      else if (saved.value)
        notify(
          'info',
          `Backed up ${records(totalRecords(counts))} to ${baseName(saved.value.path)}.`
        )
    } catch (error) {
      notify('error', `The backup could not be made: ${String(error)}`)
    } finally {
      backingUp.current = false
    }
  }, [notify])

  /** Validates a whole backup, then asks before replacing everything with it. */
  const review = useCallback(
    async (fileName: string, data: BackupData, fromSnapshot: boolean) => {
      // Read, decoded and checked in a worker: a large file must not freeze the window.
      const parsed = await openBackup(db)(data)
      if (!parsed.ok) {
        notify(
          'error',
          `“${fileName}” was not restored; the workbench is unchanged. ${parsed.error.message}`
        )
        return
      }
      const current = await countRecords(db)
      setPending({
        fileName,
        backup: parsed.value,
        current,
        fromSnapshot,
        snapshotFailure: null,
        repair: false
      })
    },
    [notify]
  )

  const restoreFromFile = useCallback(async () => {
    const opened = await platform.openBackupFile()
    if (!opened.ok) {
      notify('error', `Nothing was restored. ${opened.error.message}`)
      return
    }
    if (!opened.value) return
    await review(opened.value.fileName, opened.value.data, false)
  }, [notify, review])

  const chooseSnapshot = useCallback(
    async (name: string) => {
      setChoosingSnapshot(false)
      const read = await readSnapshot(name)
      if (!read.ok) {
        notify('error', `Nothing was restored. ${read.error.message}`)
        return
      }
      await review(name, read.value, true)
    },
    [notify, review]
  )

  const confirm = useCallback(async () => {
    if (!pending) return
    setRestoring(true)
    try {
      // What is still being typed (a note's held-back autosave) is stored first: it then belongs
      // to the snapshot below (flushPendingWrites never rejects and gives up after a few seconds).
      await flushPendingWrites()
      // The first confirmation snapshots the current data; after a failed snapshot, the second
      // one restores without (the dialog said so).
      if (pending.snapshotFailure === null) {
        const before = await snapshotBeforeRestore({
          count: () => countRecords(db),
          createFile: () => snapshotFormat.createFile(snapshotFileForm(platform.kind)),
          write: (request) => platform.writeSnapshot(request)
        })
        if (!before.ok) {
          setPending({ ...pending, snapshotFailure: before.error.message })
          return
        }
      }
      // Editors opened before this point stop writing (their text is not the restored data's);
      // onRestored reopens them from the database, whether the restore succeeds or fails.
      startDataEpoch()
      const result = await pending.backup.restore({ repair: pending.repair })
      setPending(null)
      onRestored?.()
      if (!result.ok) {
        notify('error', result.error.message)
        return
      }
      // The undo history refers to records that the restore just replaced.
      undoStack.clear()
      notify(
        'info',
        `Restored ${records(totalRecords(result.value))} from “${pending.fileName}”, backed up ${formatDateTime(pending.backup.header.createdAt)}.`
      )
    } catch (error) {
      pending.backup.close()
      setPending(null)
      // Editors may have stopped writing (a new data epoch): reopen them from the database.
      onRestored?.()
      notify('error', `Nothing was restored: ${String(error)}`)
    } finally {
      setRestoring(false)
    }
  }, [pending, notify, onRestored])

  const restoreFromSnapshot = useCallback(() => setChoosingSnapshot(true), [])

  const dialogs = (
    <>
      {choosingSnapshot && (
        <RestoreSnapshotDialog
          list={listSnapshots}
          counts={snapshotCounts}
          onChoose={(info) => void chooseSnapshot(info.name)}
          onClose={() => setChoosingSnapshot(false)}
        />
      )}
      {pending && (
        <RestoreBackupDialog
          title={pending.fromSnapshot ? 'Restore from a snapshot' : undefined}
          fileName={pending.fileName}
          backup={pending.backup.header}
          problems={pending.backup.problems}
          repair={pending.repair}
          onRepairChange={(repair: boolean) => setPending({ ...pending, repair })}
          current={pending.current}
          restoring={restoring}
          snapshotFailure={pending.snapshotFailure}
          onConfirm={() => void confirm()}
          onBackUpFirst={() => void backUp()}
          onCancel={() => {
            pending.backup.close()
            setPending(null)
          }}
        />
      )}
    </>
  )

  const busy = pending !== null || choosingSnapshot || restoring
  return { backUp, restoreFromFile, restoreFromSnapshot, dialogs, busy }
}
