import { parseBackup } from '@core/backup'
import { fail, type Result } from '@shared/result'
import { checkWrittenSnapshot } from './check-written-snapshot'

/** The snapshot as stored, and the Blob it was written from. */
export interface CheckSnapshotRequest {
  written: Blob
  source: Blob
}
export type CheckSnapshotReply = Result<null>

// The worker's global scope, typed without the WebWorker lib (the renderer compiles with DOM).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckSnapshotRequest>) => void) | null
  postMessage: (message: CheckSnapshotReply) => void
}

// Comparing and parsing a 20 MB snapshot held the page for hundreds of milliseconds after every
// automatic snapshot in browser mode; here, only the verdict reaches the page.
scope.onmessage = (event) => {
  const { written, source } = event.data
  checkWrittenSnapshot(written, source, (text) => parseBackup(text)).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) =>
      scope.postMessage(
        fail(
          'io-error',
          `The snapshot could not be checked: ${error instanceof Error ? error.message : String(error)}.`
        )
      )
  )
}
