import { WorkbenchDb } from '../../workbench-db'
import { createBackupText } from './create-backup-text'

/** The page asks for the whole database as backup text. */
export interface BackupTextRequest {
  databaseName: string
  ctx: { now: string; appVersion: string }
}
export type BackupTextReply = { ok: true; text: string } | { ok: false; message: string }

// The worker's global scope, typed without the WebWorker lib (the renderer compiles with DOM).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BackupTextRequest>) => void) | null
  postMessage: (message: BackupTextReply) => void
}

// Reading every table and serialising it holds a thread for seconds in a large workbench (2.5 s
// at 140,000 records): here, not on the page, so automatic snapshots and backups never freeze it.
scope.onmessage = (event) => {
  const db = new WorkbenchDb(event.data.databaseName)
  createBackupText(db, event.data.ctx)
    .then((text) => scope.postMessage({ ok: true, text }))
    .catch((error: unknown) =>
      scope.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error)
      })
    )
    .finally(() => db.close())
}
