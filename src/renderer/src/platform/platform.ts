import type { BackupData } from '@shared/backup-data'
import type { Result } from '@shared/result'
import type { WorkbenchApi } from '@shared/workbench-api'

export type { BackupData }

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
