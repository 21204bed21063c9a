import { afterEach, describe, expect, it } from 'vitest'
import { BACKUP_TABLES, parseBackup } from '@core/backup'
import { sampleBackupTables } from '@core/backup/fixtures/sample-backup-tables'
import { WorkbenchDb } from '../../workbench-db'
import { makeBackupText } from './make-backup-text'

const dbs: WorkbenchDb[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

describe('makeBackupText', () => {
  it('without workers (jsdom), reads every table on this thread into a backup that parses back', async () => {
    expect(typeof Worker).toBe('undefined')
    const db = new WorkbenchDb('make-backup-text')
    dbs.push(db)
    const tables = sampleBackupTables()
    await db.transaction('rw', db.tables, async () => {
      for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(tables[name])
    })
    const text = await makeBackupText(db, { now: '2026-12-07T10:00:00.000Z', appVersion: 't' })
    const parsed = parseBackup(text, db.verno)
    expect(parsed.ok && parsed.value.tables.annotations).toEqual(tables.annotations)
    expect(parsed.ok && parsed.value.createdAt).toBe('2026-12-07T10:00:00.000Z')
  })
})
