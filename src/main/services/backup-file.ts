import { basename } from 'node:path'
import { MAX_BACKUP_BYTES } from '@core/backup/backup-format'
import { checkBackupSize } from '@core/backup/check-backup-size'
import type { OpenedBackup } from '@shared/ipc-contract'
import { WorkbenchFailure } from '../ipc/workbench-failure'
import { readBoundedFile, type ShowOpenDialog } from './read-bounded-file'

function tooLarge(fileName: string, size: number, maxBytes: number): WorkbenchFailure {
  const check = checkBackupSize(size, maxBytes)
  const reason = check.ok ? '' : check.error.message
  return new WorkbenchFailure('too-large', `${fileName}: ${reason}`)
}

/**
 * Strict UTF-8 (a backup is JSON, which is UTF-8). Bytes that are not UTF-8 mean a binary or
 * foreign file: refused here rather than shown as mojibake. A sequence cut at the very end is
 * different: the file was truncated, so the text read so far is returned and the renderer's
 * validation reports it as cut off.
 */
export function decodeBackupText(fileName: string, bytes: Uint8Array): string {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  try {
    return decoder.decode(bytes, { stream: true })
  } catch {
    throw new WorkbenchFailure(
      'unsupported',
      `${fileName} is not a text file (it is not UTF-8), so it cannot be a workbench backup.`
    )
  }
}

/** Reads a backup, refusing anything over `maxBytes` BEFORE reading it and anything not UTF-8. */
export async function readBackupFile(
  filePath: string,
  maxBytes: number = MAX_BACKUP_BYTES
): Promise<OpenedBackup> {
  const fileName = basename(filePath)
  const data = await readBoundedFile(filePath, maxBytes, (size) =>
    tooLarge(fileName, size, maxBytes)
  )
  return { fileName, text: decodeBackupText(fileName, data) }
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
