import type { Result } from '@shared/result'
import type { WorkbenchApi } from '@shared/workbench-api'

/**
 * A backup (or snapshot) as the platform hands it over, never decoded on the page: the file
 * itself in browser mode (a Blob is a handle: posting it to a worker copies no bytes) or its
 * bytes in the desktop app (read by main; transferred, not copied, to the worker). The backup
 * worker reads and decodes it (read-backup-data.ts), so a 140 MB text never blocks the page.
 */
export type BackupData = Blob | Uint8Array

/** A backup file the analyst picked: its name and its undecoded content. */
export interface PickedBackup {
  fileName: string
  data: BackupData
}

/** Everything the renderer needs from outside itself; components use this, never window.workbench. */
export interface Platform extends Omit<WorkbenchApi, 'openBackupFile' | 'readSnapshot'> {
  kind: 'electron' | 'browser'
  /** null when the picker was cancelled. Oversized files are refused here, unread. */
  openBackupFile: () => Promise<Result<PickedBackup | null>>
  readSnapshot: (request: { name: string }) => Promise<Result<BackupData>>
}
