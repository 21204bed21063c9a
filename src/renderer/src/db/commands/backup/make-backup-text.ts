import type { WorkbenchDb } from '../../workbench-db'
import type { BackupTextReply, BackupTextRequest } from './backup-text.worker'
import { createBackupText } from './create-backup-text'

type Ctx = { now: string; appVersion: string }

type Form = BackupTextRequest['as']
type Made<F extends Form> = F extends 'blob' ? Blob : Uint8Array<ArrayBuffer>

/** createBackupText in a fresh worker (ended when it answers), answered in the form asked for. */
function inWorker<F extends Form>(db: WorkbenchDb, ctx: Ctx, as: F): Promise<Made<F>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./backup-text.worker.ts', import.meta.url), {
      type: 'module'
    })
    worker.onmessage = (event: MessageEvent<BackupTextReply>) => {
      worker.terminate()
      const reply = event.data
      if (!reply.ok) return reject(new Error(reply.message))
      resolve((reply.as === 'blob' ? reply.blob : reply.bytes) as Made<F>)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      reject(new Error(event.message || 'the backup worker stopped'))
    }
    const request: BackupTextRequest = { databaseName: db.name, ctx, as }
    worker.postMessage(request)
  })
}

/**
 * The whole database as a backup file: the text's UTF-8 bytes, made in the worker, in a Blob (a
 * browser downloads it) or in a buffer transferred to the page (the desktop app sends bytes to
 * main; IPC carries no Blob). The page never holds the text (140 MB at 140,000 records), only
 * the bytes, which it hands to the platform to save: byte for byte what saving the text wrote.
 */
export async function makeBackupFile<F extends 'blob' | 'bytes'>(
  db: WorkbenchDb,
  ctx: Ctx,
  as: F
): Promise<Made<F>> {
  if (typeof Worker !== 'undefined') return inWorker(db, ctx, as)
  const text = await createBackupText(db, ctx)
  const made =
    as === 'blob' ? new Blob([text], { type: 'application/json' }) : new TextEncoder().encode(text)
  return made as Made<F>
}
