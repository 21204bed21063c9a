import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SnapshotInfo } from '@shared/ipc-contract'
import { fail, ok } from '@shared/result'
import { snapshotName } from '@shared/snapshot-names'
import { setSetting } from '../db/commands/set-setting'
import { WorkbenchDb } from '../db/workbench-db'
import {
  chooseOffer,
  classifyOpenError,
  findLatestGoodSnapshot,
  needsSnapshot,
  probeDatabase,
  runStartupCheck,
  type DatabaseState,
  type GoodSnapshot
} from './startup-check'

const info = (second: number): SnapshotInfo => {
  const at = new Date(Date.UTC(2024, 2, 7, 9, 0, second))
  return { name: snapshotName(at), createdAt: at.toISOString(), bytes: 100 }
}
const SNAPS = [info(3), info(2), info(1)]
const ready = (records: number): DatabaseState => ({ kind: 'ready', records })
const damaged: DatabaseState = { kind: 'damaged', message: 'Internal error opening backing store' }
const good = (counts: Record<string, number>): GoodSnapshot => ({
  info: SNAPS[0]!,
  text: '{}',
  counts
})

/** Snapshot texts by name; `inspect` accepts JSON with a counts object. */
function store(texts: Record<string, string>) {
  return {
    read: vi.fn(async (name: string) =>
      name in texts ? ok(texts[name]!) : fail<string>('not-found', 'gone')
    ),
    inspect: (text: string) => {
      try {
        return ok({ counts: JSON.parse(text) as Record<string, number> })
      } catch {
        return fail<{ counts: Record<string, number> }>('invalid-payload', 'not a backup')
      }
    }
  }
}

describe('needsSnapshot', () => {
  it('proceeds with a database holding work, or an empty one with no snapshots', () => {
    expect(needsSnapshot(ready(3), SNAPS)).toBe('proceed')
    expect(needsSnapshot(ready(0), [])).toBe('proceed')
  })

  it('looks for a snapshot when the database is empty but snapshots exist, or damaged', () => {
    expect(needsSnapshot(ready(0), SNAPS)).toBe('look')
    expect(needsSnapshot(damaged, [])).toBe('look')
  })

  it('blocks, never offering to replace, a database that is unavailable or failed once', () => {
    expect(needsSnapshot({ kind: 'unavailable', message: 'newer' }, SNAPS)).toBe('blocked')
    expect(needsSnapshot({ kind: 'failed', message: 'busy' }, SNAPS)).toBe('blocked')
  })
})

describe('chooseOffer', () => {
  it('offers the latest good snapshot for an emptied database', () => {
    const snapshot = good({ articles: 2, annotations: 5 })
    expect(chooseOffer(ready(0), snapshot)).toEqual({ kind: 'restore', snapshot, damage: null })
  })

  it('offers nothing when the latest good snapshot holds no work either (emptied on purpose)', () => {
    expect(chooseOffer(ready(0), good({ articles: 0, settings: 4 }))).toEqual({ kind: 'proceed' })
    expect(chooseOffer(ready(0), null)).toEqual({ kind: 'proceed' })
  })

  it('offers to replace a damaged database by the snapshot, or to start empty without one', () => {
    const snapshot = good({ articles: 1 })
    expect(chooseOffer(damaged, snapshot)).toEqual({
      kind: 'restore',
      snapshot,
      damage: 'Internal error opening backing store'
    })
    expect(chooseOffer(damaged, null)).toEqual({
      kind: 'reset',
      damage: 'Internal error opening backing store'
    })
  })
})

describe('findLatestGoodSnapshot', () => {
  it('takes the newest snapshot that reads and parses, skipping damaged or missing ones', async () => {
    const s = store({ [SNAPS[1]!.name]: 'not json', [SNAPS[2]!.name]: '{"articles":1}' })
    const found = await findLatestGoodSnapshot([SNAPS[2]!, SNAPS[0]!, SNAPS[1]!], s.read, s.inspect)
    expect(found).toEqual({ info: SNAPS[2], text: '{"articles":1}', counts: { articles: 1 } })
    expect(s.read.mock.calls.map(([name]) => name)).toEqual(SNAPS.map((x) => x.name))
  })

  it('finds nothing when no snapshot is good', async () => {
    const s = store({ [SNAPS[0]!.name]: '{' })
    await expect(findLatestGoodSnapshot(SNAPS, s.read, s.inspect)).resolves.toBeNull()
  })
})

describe('chooseOffer for a database that cannot be used now', () => {
  it('blocks with a retry, saying whether failing again leads to replacing it', () => {
    const snapshot = good({ articles: 1 })
    expect(chooseOffer({ kind: 'unavailable', message: 'newer' }, snapshot)).toEqual({
      kind: 'blocked',
      message: 'newer',
      failed: false
    })
    expect(chooseOffer({ kind: 'failed', message: 'busy' }, snapshot)).toEqual({
      kind: 'blocked',
      message: 'busy',
      failed: true
    })
  })
})

describe('classifyOpenError', () => {
  it('never calls a storage failure damaged on its own: it may be transient', () => {
    const error = Object.assign(new Error('Internal error opening backing store'), {
      name: 'UnknownError'
    })
    expect(classifyOpenError(error)).toEqual({
      kind: 'failed',
      message: 'The browser could not open the database (Internal error opening backing store).'
    })
    expect(classifyOpenError('weird')).toMatchObject({ kind: 'failed' })
  })

  it('says a failed upgrade left the data unchanged, and never offers to replace it', () => {
    for (const error of [
      Object.assign(new Error('migration 4 threw'), { name: 'UpgradeError' }),
      Object.assign(new Error('open failed'), {
        name: 'OpenFailedError',
        inner: { name: 'UpgradeError' }
      })
    ]) {
      const state = classifyOpenError(error)
      expect(state.kind).toBe('unavailable')
      expect(state.kind !== 'ready' && state.message).toContain('could not upgrade the database')
      expect(state.kind !== 'ready' && state.message).toContain('Your data has not been changed')
    }
  })

  it('never calls a newer version, missing storage or a full disk damaged', () => {
    for (const name of ['VersionError', 'MissingAPIError', 'QuotaExceededError']) {
      expect(classifyOpenError(Object.assign(new Error('x'), { name })).kind).toBe('unavailable')
    }
    const wrapped = Object.assign(new Error('open failed'), {
      name: 'OpenFailedError',
      inner: { name: 'VersionError' }
    })
    expect(classifyOpenError(wrapped)).toMatchObject({ kind: 'unavailable' })
  })
})

describe('probeDatabase and runStartupCheck', () => {
  const dbs: WorkbenchDb[] = []
  let n = 0
  const freshDb = () => {
    const db = new WorkbenchDb(`startup-${n++}`)
    dbs.push(db)
    return db
  }
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete()
  })

  it('counts the work in the database, ignoring settings', async () => {
    const db = freshDb()
    await setSetting(db, 'theme', 'dark')
    await expect(probeDatabase(db)).resolves.toEqual({ kind: 'ready', records: 0 })
    await db.actors.add({ id: 'a', name: 'Kataib Hezbollah' } as never)
    await expect(probeDatabase(db)).resolves.toEqual({ kind: 'ready', records: 1 })
  })

  it('offers the latest good snapshot for an empty database', async () => {
    const db = freshDb()
    const s = store({ [SNAPS[0]!.name]: '{"articles":1,"annotations":1}' })
    const offer = await runStartupCheck({
      probe: () => probeDatabase(db),
      listSnapshots: async () => ok(SNAPS),
      readSnapshot: s.read,
      inspect: s.inspect
    })
    expect(offer).toMatchObject({
      kind: 'restore',
      damage: null,
      snapshot: { info: SNAPS[0], counts: { articles: 1, annotations: 1 } }
    })
  })

  it('proceeds without looking at snapshots when the database holds work', async () => {
    const db = freshDb()
    await db.actors.add({ id: 'a', name: 'Kataib Hezbollah' } as never)
    const listSnapshots = vi.fn(async () => ok(SNAPS))
    const offer = await runStartupCheck({
      probe: () => probeDatabase(db),
      listSnapshots,
      readSnapshot: async () => ok('{}'),
      inspect: () => ok({ counts: {} })
    })
    expect(offer).toEqual({ kind: 'proceed' })
    expect(listSnapshots).not.toHaveBeenCalled()
  })

  it('treats snapshots that cannot be listed (unsupported) as none', async () => {
    const offer = await runStartupCheck({
      probe: async () => damaged,
      listSnapshots: async () => fail('unsupported', 'no private file system'),
      readSnapshot: async () => ok('{}'),
      inspect: () => ok({ counts: {} })
    })
    expect(offer).toEqual({ kind: 'reset', damage: damaged.message })
  })

  it('offers only a retry when opening fails, and a replacement when the retry fails too', async () => {
    const s = store({ [SNAPS[0]!.name]: '{"articles":1}' })
    const deps = {
      probe: async (): Promise<DatabaseState> => ({ kind: 'failed', message: 'busy' }),
      listSnapshots: async () => ok(SNAPS),
      readSnapshot: s.read,
      inspect: s.inspect
    }
    await expect(runStartupCheck(deps)).resolves.toEqual({
      kind: 'blocked',
      message: 'busy',
      failed: true
    })
    expect(s.read).not.toHaveBeenCalled()
    await expect(runStartupCheck(deps, true)).resolves.toMatchObject({
      kind: 'restore',
      damage: 'busy',
      snapshot: { info: SNAPS[0] }
    })
  })

  it('never offers to replace an unavailable database, however often it is retried', async () => {
    const offer = await runStartupCheck(
      {
        probe: async () => ({ kind: 'unavailable', message: 'newer' }),
        listSnapshots: async () => ok(SNAPS),
        readSnapshot: async () => ok('{"articles":1}'),
        inspect: () => ok({ counts: { articles: 1 } })
      },
      true
    )
    expect(offer).toEqual({ kind: 'blocked', message: 'newer', failed: false })
  })
})
