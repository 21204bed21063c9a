import type { IntegrityProblem } from '@core/backup'
import type { Result } from '@shared/result'
import type { BackupData } from '@shared/backup-data'
import type { BackupHeader } from './reviewed-backup'
import type { RestoreSummary } from './restore-backup'

/**
 * The page asks the backup worker to read a backup, then (maybe) to restore it. `data` is the
 * file itself or its bytes (transferred), never its text: the worker reads and decodes it.
 */
export type BackupWorkerRequest =
  | { type: 'open'; data: BackupData; databaseName: string; knownDatabaseVersion: number }
  | { type: 'restore'; repair: boolean }

/** The worker answers each request once. */
export type BackupWorkerReply =
  | { type: 'opened'; result: Result<{ header: BackupHeader; problems: IntegrityProblem[] }> }
  | { type: 'restored'; result: Result<RestoreSummary> }
