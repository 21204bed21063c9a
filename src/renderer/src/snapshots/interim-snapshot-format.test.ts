import { afterEach, describe, expect, it } from 'vitest'
import { setSetting } from '../db/commands/set-setting'
import { WorkbenchDb } from '../db/workbench-db'
import { interimSnapshotFormat } from './interim-snapshot-format'

const dbs: WorkbenchDb[] = []
let n = 0
const freshDb = () => {
  const db = new WorkbenchDb(`interim-${n++}`)
  dbs.push(db)
  return db
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

describe('interimSnapshotFormat (placeholder for the backup format)', () => {
  it('round-trips the database through snapshot text', async () => {
    const source = freshDb()
    await source.actors.bulkAdd([{ id: 'a', name: 'Kataib Hezbollah' } as never])
    await setSetting(source, 'sampleAdded', true)
    const text = await interimSnapshotFormat(source).createText()

    const target = freshDb()
    await target.actors.add({ id: 'stale', name: 'Stale' } as never)
    const format = interimSnapshotFormat(target)
    expect(format.inspect(text)).toMatchObject({ ok: true, value: { counts: { actors: 1 } } })
    await expect(format.restore(text)).resolves.toMatchObject({ ok: true })
    expect(await target.actors.toArray()).toEqual([{ id: 'a', name: 'Kataib Hezbollah' }])
    expect(await target.settings.get('sampleAdded')).toEqual({ key: 'sampleAdded', value: true })
  })

  it('refuses text that is not one of its snapshots', () => {
    const format = interimSnapshotFormat(freshDb())
    expect(format.inspect('{"tables":{}}').ok).toBe(false)
    expect(format.inspect('not json').ok).toBe(false)
  })
})
