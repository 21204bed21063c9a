import { checkBackupSize } from '@core/backup/check-backup-size'
import { fail, ok, type Result } from '@shared/result'
import type { BackupData } from '@shared/backup-data'

/** The size of a backup as handed over, known without reading it. */
export const backupDataSize = (data: BackupData): number =>
  ArrayBuffer.isView(data) ? data.byteLength : data.size

export const NOT_UTF8_MESSAGE =
  'It is not a text file (it is not UTF-8), so it cannot be a workbench backup.'

/**
 * Reads a backup's text from what the platform handed over, where the backup is checked (the
 * backup worker in the app): refused by its size before any byte is read, then decoded as
 * strict UTF-8 (a binary or foreign file is refused; a character cut at the very end is left
 * for validation to report as a truncated file). The page only passes the file or bytes on, so
 * a 140 MB text never exists on its thread.
 */
export async function readBackupData(data: BackupData): Promise<Result<string>> {
  const size = checkBackupSize(backupDataSize(data))
  if (!size.ok) return size
  let bytes: Uint8Array
  try {
    bytes = ArrayBuffer.isView(data) ? data : new Uint8Array(await data.arrayBuffer())
  } catch (error) {
    return fail('io-error', `The file could not be read. (${String(error)})`)
  }
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true }))
  } catch {
    return fail('unsupported', NOT_UTF8_MESSAGE)
  }
}
