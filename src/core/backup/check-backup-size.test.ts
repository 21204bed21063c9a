import { describe, expect, it } from 'vitest'
import { MAX_BACKUP_BYTES } from './backup-format'
import { checkBackupSize } from './check-backup-size'

describe('checkBackupSize', () => {
  it('accepts a file up to the limit', () => {
    expect(checkBackupSize(0).ok).toBe(true)
    expect(checkBackupSize(MAX_BACKUP_BYTES).ok).toBe(true)
  })

  it('refuses a larger one, naming its size and the limit', () => {
    expect(checkBackupSize(200 * 1024 * 1024)).toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message: 'This file is 200 MB; the workbench restores backups of up to 150 MB.'
      }
    })
    expect(checkBackupSize(MAX_BACKUP_BYTES + 1).ok).toBe(false)
    const small = checkBackupSize(3_300_000, 2 * 1024 * 1024)
    expect(!small.ok && small.error.message).toBe(
      'This file is 3.1 MB; the workbench restores backups of up to 2 MB.'
    )
  })
})
