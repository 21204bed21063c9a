import { formatBytes } from '../../shared/format-bytes'
import { fail, ok, type Result } from '../../shared/result'
import { MAX_BACKUP_BYTES } from './backup-format'

/** Refuses a file over MAX_BACKUP_BYTES, naming its size and the limit; call it before reading. */
export function checkBackupSize(bytes: number, maxBytes: number = MAX_BACKUP_BYTES): Result<void> {
  if (bytes <= maxBytes) return ok(undefined)
  return fail(
    'too-large',
    `This file is ${formatBytes(bytes)}; the workbench restores backups of up to ${formatBytes(maxBytes)}.`
  )
}
