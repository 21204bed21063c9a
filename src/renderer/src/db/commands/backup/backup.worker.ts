import { checkIntegrity, parseBackup, type BackupFile, type IntegrityProblem } from '@core/backup'
import { fail, ok } from '@shared/result'
import { WorkbenchDb } from '../../workbench-db'
import type { BackupWorkerReply, BackupWorkerRequest } from './backup-worker-protocol'
import { readBackupData } from './read-backup-data'
import { restoreChecked } from './restore-backup'
import { headerOf } from './reviewed-backup'

// The worker's global scope, typed without the WebWorker lib (the renderer compiles with DOM).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BackupWorkerRequest>) => void) | null
  postMessage: (message: BackupWorkerReply) => void
}

// The parsed backup stays here between the check and the analyst's answer: a 140 MB backup is
// parsed (seconds of JSON.parse), checked and written to IndexedDB without the page's thread
// ever holding it. The page's live queries see the restore through Dexie's cross-context
// change messages, as they see another window's writes.
let file: BackupFile | null = null
let databaseName = ''
let problems: IntegrityProblem[] = []

/** Reads (the file or bytes the page handed over: its text exists only here), parses, checks. */
async function open(
  request: Extract<BackupWorkerRequest, { type: 'open' }>
): Promise<BackupWorkerReply> {
  const text = await readBackupData(request.data)
  if (!text.ok) return { type: 'opened', result: text }
  const parsed = parseBackup(text.value, request.knownDatabaseVersion)
  if (!parsed.ok) return { type: 'opened', result: parsed }
  file = parsed.value
  databaseName = request.databaseName
  problems = checkIntegrity(file.tables)
  return { type: 'opened', result: ok({ header: headerOf(file), problems }) }
}

scope.onmessage = (event) => {
  const request = event.data
  if (request.type === 'open') {
    void open(request).then(
      (reply) => scope.postMessage(reply),
      (error: unknown) =>
        scope.postMessage({
          type: 'opened',
          result: fail('internal', `The backup could not be read. (${String(error)})`)
        })
    )
    return
  }
  const held = file
  if (!held) {
    scope.postMessage({
      type: 'restored',
      result: fail('internal', 'The backup was not read first; nothing was restored.')
    })
    return
  }
  const db = new WorkbenchDb(databaseName)
  restoreChecked(db, held, problems, request.repair)
    .then((result) => scope.postMessage({ type: 'restored', result }))
    .catch((error: unknown) =>
      scope.postMessage({
        type: 'restored',
        result: fail(
          'io-error',
          `The backup could not be restored; nothing was changed. (${String(error)})`
        )
      })
    )
    .finally(() => db.close())
}
