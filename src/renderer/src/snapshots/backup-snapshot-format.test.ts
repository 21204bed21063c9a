import { afterEach, describe, expect, it } from 'vitest'
import { BACKUP_TABLES } from '@core/backup'
import { sampleBackupTables } from '@core/backup/fixtures/sample-backup-tables'
import { WorkbenchDb } from '../db/workbench-db'
import { backupSnapshotFormat } from './backup-snapshot-format'

const dbs: WorkbenchDb[] = []
let n = 0
const freshDb = () => {
  const db = new WorkbenchDb(`snapshot-format-${n++}`)
  dbs.push(db)
  return db
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

describe('backupSnapshotFormat', () => {
  it('writes a backup file, counts it, and restores it over other data', async () => {
    const source = freshDb()
    const tables = sampleBackupTables()
    await source.transaction('rw', source.tables, async () => {
      for (const name of BACKUP_TABLES) await source.table(name).bulkAdd(tables[name])
    })
    const file = await backupSnapshotFormat(source, '0.1.0').createFile('bytes')
    if (file instanceof Blob) throw new Error('asked for bytes')
    const text = new TextDecoder().decode(file)
    expect(JSON.parse(text)).toMatchObject({
      format: 'analyst-workbench-backup',
      appVersion: '0.1.0'
    })

    const target = freshDb()
    await target.actors.add({ ...tables.actors[0]!, id: 'stale' })
    const format = backupSnapshotFormat(target, '0.1.0')
    expect(format.inspect(text)).toMatchObject({
      ok: true,
      value: { counts: { articles: 2, annotations: 2, actors: 1, settings: 4 } }
    })
    await expect(format.restore(text)).resolves.toMatchObject({ ok: true })
    expect(await target.actors.toArray()).toEqual(tables.actors)
  })

  it('refuses damaged text with the backup parser’s reason, changing nothing', async () => {
    const target = freshDb()
    await target.settings.add({ key: 'theme', value: 'dark' })
    const format = backupSnapshotFormat(target, '0.1.0')
    expect(format.inspect('{"format":"analyst-workbench-backup","version":1')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('ends early') as unknown }
    })
    await expect(format.restore('{}')).resolves.toMatchObject({ ok: false })
    expect(await target.settings.toArray()).toEqual([{ key: 'theme', value: 'dark' }])
  })
})
