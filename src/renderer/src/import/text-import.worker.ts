// Checks, decodes, parses and hashes one .txt or .md file off the page's thread
// (prepare-text-in-worker.ts).
import { prepareTextFile } from './prepare-text-file'
import type { TextImportRequest } from './prepare-text-in-worker'

self.onmessage = (event: MessageEvent<TextImportRequest>) => {
  const { fileName, bytes, format } = event.data
  void prepareTextFile(fileName, bytes, format).then(
    (result) => self.postMessage(result),
    (error: unknown) =>
      self.postMessage({
        ok: false,
        message: `“${fileName}” could not be read: ${error instanceof Error ? error.message : String(error)}`
      })
  )
}
