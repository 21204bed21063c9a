import { fail, type Result } from '@shared/result'
import type { CheckSnapshotReply, CheckSnapshotRequest } from './check-snapshot.worker'

/**
 * checkWrittenSnapshot in a fresh worker, ended when it answers: the stored file and its source
 * go over as Blobs (handles, not copies), and only the verdict comes back.
 */
export function checkSnapshotInWorker(written: Blob, source: Blob): Promise<Result<null>> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./check-snapshot.worker.ts', import.meta.url), {
      type: 'module'
    })
    worker.onmessage = (event: MessageEvent<CheckSnapshotReply>) => {
      worker.terminate()
      resolve(event.data)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      resolve(
        fail(
          'io-error',
          `The snapshot could not be checked: ${event.message || 'the checking worker stopped'}.`
        )
      )
    }
    const request: CheckSnapshotRequest = { written, source }
    worker.postMessage(request)
  })
}
