import type { BackupCounts } from '@core/backup'
import { fail, type Result } from '@shared/result'
import type { CheckBackup } from './read-backup'

/** The message to the check-backup worker; it answers with a Result<BackupCounts>. */
export interface CheckBackupRequest {
  text: string
  knownDatabaseVersion: number
}

/**
 * Validates a backup in a fresh worker (terminated when it answers), so the page stays live while
 * zod reads every record. Undefined where there are no workers (unit tests under jsdom): callers
 * then validate on the page's thread.
 */
export const checkBackupInWorker: CheckBackup | undefined =
  typeof Worker === 'undefined'
    ? undefined
    : (text, knownDatabaseVersion) =>
        new Promise<Result<BackupCounts>>((resolve) => {
          const worker = new Worker(new URL('./check-backup.worker.ts', import.meta.url), {
            type: 'module'
          })
          worker.onmessage = (event: MessageEvent<Result<BackupCounts>>) => {
            worker.terminate()
            resolve(event.data)
          }
          worker.onerror = (event) => {
            worker.terminate()
            resolve(
              fail(
                'internal',
                `The backup could not be checked; nothing was changed. (${event.message || 'the checking worker stopped'})`
              )
            )
          }
          const request: CheckBackupRequest = { text, knownDatabaseVersion }
          worker.postMessage(request)
        })
