import { fail, ok, type Result } from '../../shared/result'
import { MAX_BACKUP_BYTES } from './backup-format'

const megabytes = (bytes: number): string => {
  const mb = bytes / (1024 * 1024)
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`
}

/** Refuses a file over MAX_BACKUP_BYTES, naming its size and the limit; call it before reading. */
export function checkBackupSize(bytes: number, maxBytes: number = MAX_BACKUP_BYTES): Result<void> {
  if (bytes <= maxBytes) return ok(undefined)
  return fail(
    'too-large',
    `This file is ${megabytes(bytes)}; the workbench restores backups of up to ${megabytes(maxBytes)}.`
  )
}
