import { basename } from 'node:path'
import { MAX_BACKUP_BYTES } from '@core/backup/backup-format'
import { checkBackupSize } from '@core/backup/check-backup-size'
import type { OpenedBackup } from '@shared/ipc-contract'
import { WorkbenchFailure } from '../ipc/workbench-failure'
import { ownBytes, readBoundedFile, type ShowOpenDialog } from './read-bounded-file'

function tooLarge(fileName: string, size: number, maxBytes: number): WorkbenchFailure {
  const check = checkBackupSize(size, maxBytes)
  const reason = check.ok ? '' : check.error.message
  return new WorkbenchFailure('too-large', `${fileName}: ${reason}`)
}

/**
 * Reads a backup's bytes, refusing anything over `maxBytes` BEFORE reading it. Not decoded
 * here: the renderer's backup worker decodes (strict UTF-8: a binary or foreign file is refused
 * there with a clear message) and validates them, off both the page's and this thread.
 */
export async function readBackupFile(
  filePath: string,
  maxBytes: number = MAX_BACKUP_BYTES
): Promise<OpenedBackup> {
  const fileName = basename(filePath)
  const data = await readBoundedFile(filePath, maxBytes, (size) =>
    tooLarge(fileName, size, maxBytes)
  )
  return { fileName, bytes: ownBytes(data) }
}

/** `backup:open-file`: native open dialog for a backup, then the checked read. Null when cancelled. */
export async function openBackupFile(
  showOpenDialog: ShowOpenDialog,
  maxBytes: number = MAX_BACKUP_BYTES
): Promise<OpenedBackup | null> {
  const result = await showOpenDialog({
    title: 'Restore from backup',
    properties: ['openFile'],
    filters: [{ name: 'Analyst Workbench backup', extensions: ['json'] }]
  })
  const filePath = result.filePaths[0]
  if (result.canceled || filePath === undefined) return null
  return readBackupFile(filePath, maxBytes)
}
