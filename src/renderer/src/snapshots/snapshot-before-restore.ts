import type { SnapshotWritten } from '@shared/ipc-contract'
import { fail, ok, type Result } from '@shared/result'
import type { Platform } from '../platform/platform'
import { countWork, type RecordCounts } from './snapshot-format'

export interface SnapshotBeforeRestoreDeps {
  /** Records per table in the workbench now. */
  count: () => Promise<RecordCounts>
  /** The whole database as a backup file, in the form the platform stores. */
  createFile: () => Promise<Blob | Uint8Array<ArrayBuffer>>
  write: Platform['writeSnapshot']
}

/**
 * Snapshots the current data just before a restore replaces it, so that the restore can be
 * undone from the snapshots. Null when there is no work to keep: a snapshot of an empty
 * workbench would only push an older, useful one out.
 */
export async function snapshotBeforeRestore(
  deps: SnapshotBeforeRestoreDeps
): Promise<Result<SnapshotWritten | null>> {
  try {
    if (countWork(await deps.count()) === 0) return ok(null)
    return await deps.write({ data: await deps.createFile(), reason: 'before-restore' })
  } catch (error) {
    return fail('internal', error instanceof Error ? error.message : String(error))
  }
}
