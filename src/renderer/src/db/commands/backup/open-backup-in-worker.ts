import { fail, ok } from '@shared/result'
import type { WorkbenchDb } from '../../workbench-db'
import type { BackupWorkerReply, BackupWorkerRequest } from './backup-worker-protocol'
import type { BackupData } from '@shared/backup-data'
import type { OpenBackup } from './reviewed-backup'

/** Posts one request and waits for the worker's one reply, or its failure, said plainly. */
function ask(
  worker: Worker,
  request: BackupWorkerRequest,
  transfer: Transferable[] = []
): Promise<BackupWorkerReply | string> {
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<BackupWorkerReply>) => resolve(event.data)
    worker.onerror = (event) => {
      event.preventDefault()
      resolve(event.message || 'the backup worker stopped')
    }
    worker.postMessage(request, transfer)
  })
}

const stopped = (reason: string) =>
  fail('internal', `The backup could not be read; nothing was changed. (${reason})`)

/**
 * What posting `data` to the worker moves rather than copies: bytes go over by transferring
 * their buffer (the page's view is emptied); a Blob is a handle, cloned without its bytes.
 */
export const transferOf = (data: BackupData): Transferable[] =>
  ArrayBuffer.isView(data) ? [data.buffer as ArrayBuffer] : []

/**
 * Reads, checks and restores a backup in a worker that holds it from the check to the restore:
 * the page hands over the file or its bytes (transferred: the caller must not use them after)
 * and never reads, decodes or parses it, so a 140 MB backup does not freeze the window. Undefined where there
 * are no workers (unit tests under jsdom): callers then use openBackupOnPage. `onRestored` runs
 * after a restore committed: the page's own connection did not see the worker's writes.
 */
export function openBackupInWorker(
  db: WorkbenchDb,
  onRestored: () => void = () => undefined
): OpenBackup | undefined {
  if (typeof Worker === 'undefined') return undefined
  return async (data) => {
    const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' })
    const opened = await ask(
      worker,
      { type: 'open', data, databaseName: db.name, knownDatabaseVersion: db.verno },
      transferOf(data)
    )
    if (typeof opened === 'string' || opened.type !== 'opened' || !opened.result.ok) {
      worker.terminate()
      if (typeof opened === 'string') return stopped(opened)
      return opened.type === 'opened' && !opened.result.ok
        ? opened.result
        : stopped('unexpected answer')
    }
    let closed = false
    const close = (): void => {
      closed = true
      worker.terminate()
    }
    return ok({
      ...opened.result.value,
      restore: async ({ repair }) => {
        if (closed) return fail('internal', 'This backup was closed; nothing was restored.')
        const restored = await ask(worker, { type: 'restore', repair })
        close()
        if (typeof restored === 'string') return stopped(restored)
        if (restored.type !== 'restored') return stopped('unexpected answer')
        if (restored.result.ok) onRestored()
        return restored.result
      },
      close
    })
  }
}
