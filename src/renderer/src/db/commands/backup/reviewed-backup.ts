import {
  checkIntegrity,
  parseBackup,
  type BackupCounts,
  type BackupFile,
  type IntegrityProblem
} from '@core/backup'
import { fail, ok, type Result } from '@shared/result'
import type { WorkbenchDb } from '../../workbench-db'
import type { BackupData } from '@shared/backup-data'
import { readBackupData } from './read-backup-data'
import { restoreChecked, type RestoreSummary } from './restore-backup'

/** What the restore dialog shows of a backup before anything is replaced. */
export interface BackupHeader {
  createdAt: string
  appVersion: string
  counts: BackupCounts
}

/** A backup read and checked whole (schemas, references, sizes), waiting for the analyst's word. */
export interface ReviewedBackup {
  header: BackupHeader
  /** Records it cannot restore as they are; empty for a sound backup. */
  problems: IntegrityProblem[]
  /**
   * Replaces everything with the backup. With problems, only with `repair` (the explicit choice
   * to restore them repaired as listed); otherwise refused, listing them, and nothing changes.
   */
  restore(options: { repair: boolean }): Promise<Result<RestoreSummary>>
  /** Lets the backup go (the dialog was cancelled, or the restore is done). */
  close(): void
}

/**
 * Reads and checks a backup handed over as a file or bytes (bytes are transferred: not usable
 * after); the refusal is a sentence for the analyst.
 */
export type OpenBackup = (data: BackupData) => Promise<Result<ReviewedBackup>>

/** The header of a parsed backup, without its records. */
export const headerOf = (file: BackupFile): BackupHeader => ({
  createdAt: file.createdAt,
  appVersion: file.appVersion,
  counts: { ...file.counts }
})

/** Reads, checks and restores on the page's own thread (where there are no workers: unit tests). */
export function openBackupOnPage(db: WorkbenchDb): OpenBackup {
  return async (data) => {
    const text = await readBackupData(data)
    if (!text.ok) return text
    const parsed = parseBackup(text.value, db.verno)
    if (!parsed.ok) return parsed
    let file: BackupFile | null = parsed.value
    const problems = checkIntegrity(file.tables)
    return ok({
      header: headerOf(file),
      problems,
      restore: ({ repair }) =>
        file
          ? restoreChecked(db, file, problems, repair)
          : Promise.resolve(fail('internal', 'This backup was closed; nothing was restored.')),
      close: () => {
        file = null
      }
    })
  }
}
