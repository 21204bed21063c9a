import { afterEach, describe, expect, it } from 'vitest'
import { BACKUP_TABLES, parseBackup } from '@core/backup'
import { sampleBackupTables } from '@core/backup/fixtures/sample-backup-tables'
import { WorkbenchDb } from '../../workbench-db'
import { createBackupText } from './create-backup-text'
import { makeBackupFile } from './make-backup-text'

const dbs: WorkbenchDb[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

describe('makeBackupFile', () => {
  it('without workers (jsdom), reads every table on this thread into a backup that parses back', async () => {
    expect(typeof Worker).toBe('undefined')
    const db = new WorkbenchDb('make-backup-text')
    dbs.push(db)
    const tables = sampleBackupTables()
    await db.transaction('rw', db.tables, async () => {
      for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(tables[name])
    })
    const bytes = await makeBackupFile(
      db,
      { now: '2026-12-07T10:00:00.000Z', appVersion: 't' },
      'bytes'
    )
    const parsed = parseBackup(new TextDecoder().decode(bytes), db.verno)
    expect(parsed.ok && parsed.value.tables.annotations).toEqual(tables.annotations)
    expect(parsed.ok && parsed.value.createdAt).toBe('2026-12-07T10:00:00.000Z')
  })

  it('as a file: the UTF-8 bytes of the same text, byte for byte, in a JSON Blob or a buffer', async () => {
    const db = new WorkbenchDb('make-backup-file')
    dbs.push(db)
    const tables = sampleBackupTables()
    // Text beyond ASCII, as analysts write it: the bytes must be its UTF-8, as the text was saved.
    tables.articles[0]!.title = 'Kata’ib Hezbollah — “Iraq” 🚩'
    await db.transaction('rw', db.tables, async () => {
      for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(tables[name])
    })
    const ctx = { now: '2026-12-07T10:00:00.000Z', appVersion: 't' }
    const expected = Array.from(new TextEncoder().encode(await createBackupText(db, ctx)))
    const blob = await makeBackupFile(db, ctx, 'blob')
    expect(blob.type).toBe('application/json')
    // Compared as arrays: jsdom's and Node's Uint8Array are different classes.
    expect(Array.from(new Uint8Array(await blob.arrayBuffer()))).toEqual(expected)
    expect(Array.from(await makeBackupFile(db, ctx, 'bytes'))).toEqual(expected)
  })
})
