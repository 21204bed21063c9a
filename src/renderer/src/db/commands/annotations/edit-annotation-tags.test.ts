import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { makeAnnotation } from '@core/test-support/make-records'
import { WorkbenchDb } from '../../workbench-db'
import { editAnnotationTags } from './edit-annotation-tags'

let n = 0
const dbs: WorkbenchDb[] = []
async function dbWithAnnotation(): Promise<WorkbenchDb> {
  const db = new WorkbenchDb(`tags-${n++}`)
  dbs.push(db)
  await db.annotations.put(makeAnnotation({ id: 'a1', tags: [] }))
  return db
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

describe('editAnnotationTags', () => {
  it('keeps every tag added at once (none written over by another)', async () => {
    const db = await dbWithAnnotation()
    const now = new Date('2026-12-07T06:00:00Z')
    await Promise.all(['a', 'b', 'c'].map((t) => editAnnotationTags(db, 'a1', { add: t }, now)))
    expect((await db.annotations.get('a1'))?.tags).toEqual(['a', 'b', 'c'])
  })

  it('removes any tag and returns the records before and after for undo', async () => {
    const db = await dbWithAnnotation()
    const now = new Date('2026-12-07T06:00:00Z')
    for (const t of ['a', 'b', 'c']) await editAnnotationTags(db, 'a1', { add: t }, now)
    const change = await editAnnotationTags(db, 'a1', { remove: 'a' }, now)
    expect(change?.before.tags).toEqual(['a', 'b', 'c'])
    expect(change?.after.tags).toEqual(['b', 'c'])
    expect((await db.annotations.get('a1'))?.tags).toEqual(['b', 'c'])
    // Nothing to change: no write, nothing to undo.
    expect(await editAnnotationTags(db, 'a1', { remove: 'a' }, now)).toBeNull()
  })

  it('refuses an annotation that no longer exists', async () => {
    const db = await dbWithAnnotation()
    await expect(editAnnotationTags(db, 'gone', { add: 'x' }, new Date())).rejects.toThrow(
      'no longer exists'
    )
  })
})
