// The same version 1 records go both ways into the current schema: opened by the app (Dexie runs
// its version upgrades) and restored from a version 1 backup (parseBackup runs the same steps).
// Both must give the same records, so a backup of any version restores what an upgrade would.
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { BACKUP_TABLES, parseBackup } from '@core/backup'
import {
  version1BackupText,
  version1Records
} from '@core/records/migrations/fixtures/version-1-records'
import { validateEventRecord } from '@core/events'
import { RECORD_VERSION } from '@core/records/migrations'
import { restoreBackupFile } from './commands/backup/restore-backup'
import { v001Initial } from './v001-initial'
import { WorkbenchDb } from './workbench-db'

let n = 0
const opened: Dexie[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

async function everyTable(db: WorkbenchDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const name of BACKUP_TABLES) out[name] = await db.table(name).toArray()
  return out
}

/** A version 1 database holding the records, opened by the current app. */
async function upgradedByDexie(): Promise<Record<string, unknown[]>> {
  const name = `records-v1-${n++}`
  const v1 = new Dexie(name)
  v001Initial(v1)
  await v1.open()
  for (const [table, records] of Object.entries(version1Records()))
    await v1.table(table).bulkAdd(records)
  v1.close()
  const db = new WorkbenchDb(name)
  opened.push(db)
  await db.open()
  expect(db.verno).toBe(RECORD_VERSION)
  return everyTable(db)
}

/** The records restored from a version 1 backup into a fresh current database. */
async function restoredFromBackup(): Promise<Record<string, unknown[]>> {
  const parsed = parseBackup(version1BackupText())
  if (!parsed.ok) throw new Error(parsed.error.message)
  const db = new WorkbenchDb(`records-restore-${n++}`)
  opened.push(db)
  expect((await restoreBackupFile(db, parsed.value)).ok).toBe(true)
  return everyTable(db)
}

describe('old records reach the current schema the same way from a database and a backup', () => {
  it('a version 1 database opened by the app and a version 1 backup restored hold the same', async () => {
    const byDexie = await upgradedByDexie()
    const byBackup = await restoredFromBackup()
    expect(byBackup).toEqual(byDexie)
    // And they are current records: what the app reads, not what version 1 wrote.
    expect(byDexie['annotations']).toContainEqual(
      expect.objectContaining({ id: 'ann-old', tags: [], colour: 0, grade: null })
    )
    expect(byDexie['notes']![0]).toMatchObject({ schemaVersion: 1, doc: { type: 'doc' } })
    expect(validateEventRecord(byDexie['events']![0]).ok).toBe(true)
  })
})
