import { afterEach, describe, expect, it, vi } from 'vitest'
import { setSetting } from '../db/commands/set-setting'
import { WorkbenchDb } from '../db/workbench-db'
import { createChangeFeed, type ChangeFeed } from './change-feed'

let n = 0
const dbs: WorkbenchDb[] = []
function setup(): { db: WorkbenchDb; feed: ChangeFeed; changes: ReturnType<typeof vi.fn> } {
  const db = new WorkbenchDb(`change-feed-${n++}`)
  dbs.push(db)
  const feed = createChangeFeed(db)
  const changes = vi.fn()
  feed.subscribe(changes)
  return { db, feed, changes }
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

const actor = (id: string) => ({ id, name: `Actor ${id}` }) as never

describe('createChangeFeed', () => {
  it('reports adds, updates, deletes and clears, once per committed transaction', async () => {
    const { db, changes } = setup()
    await db.actors.add(actor('a'))
    expect(changes).toHaveBeenCalledTimes(1)
    await db.actors.update('a', { name: 'Renamed' })
    expect(changes).toHaveBeenCalledTimes(2)
    await db.transaction('rw', db.actors, db.events, async () => {
      await db.actors.bulkPut([actor('b'), actor('c')])
      await db.actors.delete('a')
    })
    expect(changes).toHaveBeenCalledTimes(3)
    await db.actors.clear()
    expect(changes).toHaveBeenCalledTimes(4)
  })

  it('reports nothing for reads or for a transaction that aborts', async () => {
    const { db, changes } = setup()
    await db.actors.toArray()
    await db.actors.get('x')
    await expect(
      db.transaction('rw', db.actors, async () => {
        await db.actors.add(actor('a'))
        throw new Error('changed my mind')
      })
    ).rejects.toThrow('changed my mind')
    expect(await db.actors.count()).toBe(0)
    expect(changes).not.toHaveBeenCalled()
  })

  it('ignores settings that only hold UI state, but not other settings', async () => {
    const { db, changes } = setup()
    await setSetting(db, 'currentArticleId', 'a1')
    await setSetting(db, 'theme', 'dark')
    await db.settings.delete('theme')
    expect(changes).not.toHaveBeenCalled()
    await setSetting(db, 'colourLabels', ['Claim'])
    expect(changes).toHaveBeenCalledTimes(1)
  })

  it('stops reporting to an unsubscribed listener', async () => {
    const { db, feed, changes } = setup()
    const other = vi.fn()
    const unsubscribe = feed.subscribe(other)
    unsubscribe()
    await db.actors.add(actor('a'))
    expect(changes).toHaveBeenCalledTimes(1)
    expect(other).not.toHaveBeenCalled()
  })
})

describe('announce', () => {
  it('reports a change made through another connection to every listener', () => {
    const { feed, changes } = setup()
    feed.announce()
    expect(changes).toHaveBeenCalledTimes(1)
  })
})
