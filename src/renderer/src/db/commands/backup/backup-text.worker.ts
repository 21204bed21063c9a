import { WorkbenchDb } from '../../workbench-db'
import { createBackupText } from './create-backup-text'

/**
 * The page asks for the whole database as a backup: as the text's UTF-8 bytes, in a Blob (browser
 * mode downloads it) or in a buffer transferred to the page (the desktop app sends it to main),
 * so that Back up and the automatic snapshots hand the platform the bytes without the page ever
 * holding the text.
 */
export interface BackupTextRequest {
  databaseName: string
  ctx: { now: string; appVersion: string }
  as: 'blob' | 'bytes'
}
export type BackupTextReply =
  | { ok: true; as: 'blob'; blob: Blob }
  | { ok: true; as: 'bytes'; bytes: Uint8Array<ArrayBuffer> }
  | { ok: false; message: string }

// The worker's global scope, typed without the WebWorker lib (the renderer compiles with DOM).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BackupTextRequest>) => void) | null
  postMessage: (message: BackupTextReply, transfer?: Transferable[]) => void
}

// Reading every table and serialising it holds a thread for seconds in a large workbench (2.5 s
// at 140,000 records): here, not on the page, so automatic snapshots and backups never freeze it.
// As bytes, the text is also encoded here: a Blob posted to the page is a handle to bytes the
// browser holds, and a buffer is transferred, not copied, so the page neither receives a 140 MB
// string nor encodes one.
scope.onmessage = (event) => {
  const { databaseName, ctx, as } = event.data
  const db = new WorkbenchDb(databaseName)
  createBackupText(db, ctx)
    .then((text) => {
      if (as === 'blob')
        return scope.postMessage({
          ok: true,
          as,
          blob: new Blob([text], { type: 'application/json' })
        })
      const bytes = new TextEncoder().encode(text)
      scope.postMessage({ ok: true, as, bytes }, [bytes.buffer])
    })
    .catch((error: unknown) =>
      scope.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error)
      })
    )
    .finally(() => db.close())
}
