import { describe, expect, it } from 'vitest'
import { BACKUP_TABLES } from './backup-format'
import { createBackup, serializeBackup } from './create-backup'
import { sampleBackupTables } from './fixtures/sample-backup-tables'

const CTX = { now: '2024-05-03T09:07:00.000Z', appVersion: '0.1.0', databaseVersion: 3 }

describe('createBackup', () => {
  it('wraps the tables in the versioned envelope with a count per table', () => {
    const tables = sampleBackupTables()
    const file = createBackup(tables, CTX)
    expect(file).toMatchObject({
      format: 'analyst-workbench-backup',
      version: 1,
      createdAt: CTX.now,
      appVersion: '0.1.0',
      databaseVersion: 3
    })
    for (const name of BACKUP_TABLES) {
      expect(file.counts[name]).toBe(tables[name].length)
      expect(file.tables[name]).toBe(tables[name])
    }
  })

  it('puts the header first and the tables in restore order, whatever order they came in', () => {
    const { settings, ...rest } = sampleBackupTables()
    const file = createBackup({ settings, ...rest }, CTX)
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'createdAt',
      'appVersion',
      'databaseVersion',
      'counts',
      'tables'
    ])
    expect(Object.keys(file.tables)).toEqual([...BACKUP_TABLES])
  })
})

describe('serializeBackup', () => {
  it('writes compact JSON that starts with the format name', () => {
    const text = serializeBackup(createBackup(sampleBackupTables(), CTX))
    expect(text.startsWith('{"format":"analyst-workbench-backup","version":1,')).toBe(true)
    expect(text).not.toMatch(/\n/)
    expect(JSON.parse(text)).toEqual(createBackup(sampleBackupTables(), CTX))
  })
})
