import type { IntegrityProblem } from '@core/backup'
import type { Result } from '@shared/result'
import type { BackupHeader } from './reviewed-backup'
import type { RestoreSummary } from './restore-backup'

/** The page asks the backup worker to read a backup's text, then (maybe) to restore it. */
export type BackupWorkerRequest =
  | { type: 'open'; text: string; databaseName: string; knownDatabaseVersion: number }
  | { type: 'restore'; repair: boolean }

/** The worker answers each request once. */
export type BackupWorkerReply =
  | { type: 'opened'; result: Result<{ header: BackupHeader; problems: IntegrityProblem[] }> }
  | { type: 'restored'; result: Result<RestoreSummary> }
