import { describe, expect, it } from 'vitest'
import { backupFileName } from './backup-file-name'

describe('backupFileName', () => {
  it('names the file after the local date and time, zero-padded', () => {
    expect(backupFileName(new Date(2024, 4, 3, 9, 7, 59))).toBe(
      'analyst-workbench-backup-2024-05-03-0907.json'
    )
    expect(backupFileName(new Date(2025, 11, 31, 23, 0))).toBe(
      'analyst-workbench-backup-2025-12-31-2300.json'
    )
  })
})
