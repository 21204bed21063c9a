import { open, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron'
import { MAX_BACKUP_BYTES } from '../../core/backup/backup-format'
import { checkBackupSize } from '../../core/backup/check-backup-size'
import type { OpenedBackup } from '../../shared/ipc-contract'
import { WorkbenchFailure } from '../ipc/workbench-failure'
import { describeFsError } from './describe-fs-error'

export type ShowOpenDialog = (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>

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
  try {
    // stat first: a FIFO or device would block, a disk image would be read whole.
    const info = await stat(filePath)
    if (!info.isFile()) throw new WorkbenchFailure('unsupported', `${fileName} is not a file.`)
    if (info.size > maxBytes) throw tooLarge(fileName, info.size, maxBytes)
    const handle = await open(filePath, 'r')
    try {
      const data = await handle.readFile()
      // The file may have grown between stat and read.
      if (data.byteLength > maxBytes) throw tooLarge(fileName, data.byteLength, maxBytes)
      return { fileName, text: decodeBackupText(fileName, data) }
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof WorkbenchFailure) throw error
    throw new WorkbenchFailure('io-error', `Could not read ${fileName}: ${describeFsError(error)}.`)
  }
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
