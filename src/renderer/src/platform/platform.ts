import type { BackupData } from '@shared/backup-data'
import type { SaveFileRequest, SnapshotWriteRequest } from '@shared/ipc-contract'
import type { Result } from '@shared/result'
import type { WorkbenchApi } from '@shared/workbench-api'

export type { BackupData }

/** A backup file the analyst picked: its name and its undecoded content. */
export interface PickedBackup {
  fileName: string
  data: BackupData
}

/**
 * A file to save: text, bytes, or a Blob made elsewhere (the backup worker's file), which the
 * page hands on unread: a download of the Blob itself in browser mode, its bytes to main in the
 * desktop app.
 */
export type SaveRequest = Omit<SaveFileRequest, 'data'> & { data: SaveFileRequest['data'] | Blob }

/**
 * A snapshot to store: text, or the bytes or Blob the backup worker made (the page hands them on
 * unread: a Blob written as it is in browser mode, bytes to main in the desktop app).
 */
export type SnapshotRequest = Omit<SnapshotWriteRequest, 'data'> & {
  data: SnapshotWriteRequest['data'] | Blob
}

/** Everything the renderer needs from outside itself; components use this, never window.workbench. */
export interface Platform extends Omit<
  WorkbenchApi,
  'openBackupFile' | 'readSnapshot' | 'saveFile' | 'writeSnapshot'
> {
  kind: 'electron' | 'browser'
  /** The saved path (in browser mode, the download's name), or null when cancelled. */
  saveFile: (request: SaveRequest) => Promise<Result<{ path: string } | null>>
  /** null when the picker was cancelled. Oversized files are refused here, unread. */
  openBackupFile: () => Promise<Result<PickedBackup | null>>
  readSnapshot: (request: { name: string }) => Promise<Result<BackupData>>
  writeSnapshot: WorkbenchApi['writeSnapshot'] extends (r: never) => infer R
    ? (request: SnapshotRequest) => R
    : never
}
