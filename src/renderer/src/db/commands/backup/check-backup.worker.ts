import { parseBackup, type BackupCounts } from '@core/backup'
import { ok, type Result } from '@shared/result'
import type { CheckBackupRequest } from './check-backup-in-worker'

// The worker's global scope, typed without the WebWorker lib (the renderer compiles with DOM).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckBackupRequest>) => void) | null
  postMessage: (message: Result<BackupCounts>) => void
}

// Validating 50,000 records takes ~0.4 s; here the page does not freeze for it. Only the verdict
// goes back: the page parses the same text itself to write it.
scope.onmessage = (event) => {
  const parsed = parseBackup(event.data.text, event.data.knownDatabaseVersion)
  scope.postMessage(parsed.ok ? ok(parsed.value.counts) : parsed)
}
