import type { WorkbenchDb } from '../../workbench-db'
import type { BackupTextReply, BackupTextRequest } from './backup-text.worker'
import { createBackupText } from './create-backup-text'

type Ctx = { now: string; appVersion: string }

/** createBackupText in a fresh worker (ended when it answers); the page only receives the text. */
function inWorker(db: WorkbenchDb, ctx: Ctx): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./backup-text.worker.ts', import.meta.url), {
      type: 'module'
    })
    worker.onmessage = (event: MessageEvent<BackupTextReply>) => {
      worker.terminate()
      if (event.data.ok) resolve(event.data.text)
      else reject(new Error(event.data.message))
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      reject(new Error(event.message || 'the backup worker stopped'))
    }
    const request: BackupTextRequest = { databaseName: db.name, ctx }
    worker.postMessage(request)
  })
}

/**
 * The whole database as backup text: read and serialised in a worker where there are workers
 * (the app), on this thread elsewhere (unit tests under jsdom). Every table is read in one
 * transaction either way, so the text is a consistent snapshot.
 */
export function makeBackupText(db: WorkbenchDb, ctx: Ctx): Promise<string> {
  return typeof Worker === 'undefined' ? createBackupText(db, ctx) : inWorker(db, ctx)
}
