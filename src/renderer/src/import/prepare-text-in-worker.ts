import { prepareTextFile, type PreparedText } from './prepare-text-file'

export interface TextImportRequest {
  fileName: string
  bytes: Uint8Array
  format: 'txt' | 'md'
}

/**
 * A text file prepared in a fresh module worker: decoding, parsing and hashing a 9 MB file held
 * the page for seconds. The bytes are copied to the worker (the caller keeps its own). Where
 * there are no workers (unit tests under jsdom) it is prepared in place.
 */
export function prepareTextInWorker(
  fileName: string,
  bytes: Uint8Array,
  format: 'txt' | 'md'
): Promise<PreparedText> {
  if (typeof Worker === 'undefined') return prepareTextFile(fileName, bytes, format)
  return new Promise<PreparedText>((resolve) => {
    const worker = new Worker(new URL('./text-import.worker.ts', import.meta.url), {
      type: 'module'
    })
    const finish = (result: PreparedText): void => {
      worker.terminate()
      resolve(result)
    }
    worker.onmessage = (event: MessageEvent<PreparedText>) => finish(event.data)
    worker.onerror = () =>
      finish({ ok: false, message: `“${fileName}” could not be read: the import stopped.` })
    const request: TextImportRequest = { fileName, bytes, format }
    worker.postMessage(request)
  })
}
