import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  BACKUP_TABLES,
  TABLES_NOT_BACKED_UP,
  KNOWN_DATABASE_VERSION,
  parseBackup,
  type BackupTables
} from '@core/backup'
import { sampleBackupTables } from '@core/backup/fixtures/sample-backup-tables'
import { countRecords } from '../../queries/count-records'
import { WorkbenchDb } from '../../workbench-db'
import { createChangeFeed } from '../../change-feed'
import { createBackupText } from './create-backup-text'
import {
  RESTORE_CHUNK_SIZE,
  RESTORE_CHUNKS_IN_FLIGHT,
  restoreBackup,
  restoreBackupFile
} from './restore-backup'
import { openBackupOnPage } from './reviewed-backup'

let n = 0
const dbs: WorkbenchDb[] = []
function freshDb(name = `backup-test-${n++}`): WorkbenchDb {
  const db = new WorkbenchDb(name)
  dbs.push(db)
  return db
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

const CTX = { now: '2024-05-03T09:07:00.000Z', appVersion: '0.1.0' }

async function seed(db: WorkbenchDb, tables: BackupTables): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(tables[name])
  })
}

async function readAll(db: WorkbenchDb): Promise<BackupTables> {
  const lists = await Promise.all(BACKUP_TABLES.map((name) => db.table(name).toArray()))
  return Object.fromEntries(
    BACKUP_TABLES.map((name, i) => [name, lists[i]])
  ) as unknown as BackupTables
}

/** A workbench other than the backup's, to see that a restore replaces it (or leaves it). */
const otherTables = (): BackupTables => {
  const t = sampleBackupTables()
  return {
    ...t,
    articles: [{ ...t.articles[1]!, id: 'art-other', title: 'Only here before the restore' }],
    annotations: [{ ...t.annotations[0]!, id: 'ann-other', commentText: 'stays unless restored' }],
    settings: [{ key: 'theme', value: 'light' }]
  }
}

/** A backup of `tables` and a second database, already holding other work, to restore it into. */
async function backupAndTarget(
  tables: BackupTables
): Promise<{ text: string; target: WorkbenchDb }> {
  const source = freshDb()
  await seed(source, tables)
  const text = await createBackupText(source, CTX)
  const target = freshDb()
  await seed(target, otherTables())
  return { text, target }
}

describe('backup and restore', () => {
  it('knows every table of the database and its version', async () => {
    const db = freshDb()
    await db.open()
    expect([...BACKUP_TABLES, ...TABLES_NOT_BACKED_UP].sort()).toEqual(
      db.tables.map((t) => t.name).sort()
    )
    expect(KNOWN_DATABASE_VERSION).toBe(db.verno)
  })

  it('round-trips every table exactly through a wiped database', async () => {
    const name = `backup-test-${n++}`
    const original = freshDb(name)
    await seed(original, sampleBackupTables())
    const before = await readAll(original)
    const text = await createBackupText(original, CTX)
    expect(JSON.parse(text)).toMatchObject({
      createdAt: CTX.now,
      appVersion: '0.1.0',
      databaseVersion: KNOWN_DATABASE_VERSION
    })

    await original.delete()
    const wiped = freshDb(name)
    expect(await countRecords(wiped)).toMatchObject({ articles: 0, settings: 0 })
    const result = await restoreBackup(wiped, text)

    expect(result).toEqual({
      ok: true,
      value: {
        articles: 2,
        articleRevisions: 1,
        annotations: 2,
        actors: 1,
        events: 2,
        notes: 2,
        noteRevisions: 1,
        noteTemplates: 1,
        settings: 4
      }
    })
    const after = await readAll(wiped)
    expect(after).toEqual(before)
    expect(after).toEqual(sampleBackupTables())
    // Indexes work on restored records, not just the rows.
    expect(await wiped.annotations.where('articleId').equals('art-1').count()).toBe(2)
    expect(await wiped.articles.where('contentHash').equals('c0ffee').first()).toMatchObject({
      id: 'art-2'
    })
  })

  it('replaces everything that was there', async () => {
    const { text, target } = await backupAndTarget(sampleBackupTables())
    expect((await restoreBackup(target, text)).ok).toBe(true)
    expect(await readAll(target)).toEqual(sampleBackupTables())
    expect(await target.articles.get('art-other')).toBeUndefined()
  })

  it('backs up and restores an empty workbench', async () => {
    const empty = freshDb()
    const text = await createBackupText(empty, CTX)
    const target = freshDb()
    await seed(target, otherTables())
    expect((await restoreBackup(target, text)).ok).toBe(true)
    expect(Object.values(await countRecords(target))).toEqual(BACKUP_TABLES.map(() => 0))
  })
})

describe('a refused backup changes nothing', () => {
  const valid = async (): Promise<
    Record<string, unknown> & { tables: Record<string, unknown[]> }
  > => {
    const source = freshDb()
    await seed(source, sampleBackupTables())
    return JSON.parse(await createBackupText(source, CTX)) as Record<string, unknown> & {
      tables: Record<string, unknown[]>
    }
  }
  const edited = async (edit: (f: Awaited<ReturnType<typeof valid>>) => void): Promise<string> => {
    const file = await valid()
    edit(file)
    return JSON.stringify(file)
  }

  const cases: [string, () => Promise<string>, RegExp][] = [
    ['not JSON', async () => 'hello', /not an Analyst Workbench backup/],
    [
      'truncated',
      async () => JSON.stringify(await valid()).slice(0, 900),
      /ends early — the file was probably cut off while copying/
    ],
    ['foreign JSON', async () => '{"name":"x"}', /not an Analyst Workbench backup/],
    ['newer format', () => edited((f) => (f['version'] = 9)), /newer version .* update to restore/],
    [
      'newer database',
      () => edited((f) => (f['databaseVersion'] = KNOWN_DATABASE_VERSION + 1)),
      new RegExp(`database version ${KNOWN_DATABASE_VERSION + 1}`)
    ],
    ['missing table', () => edited((f) => delete f.tables['notes']), /“notes” table is missing/],
    [
      'wrong type',
      () =>
        edited((f) => {
          const a = f.tables['annotations']![1] as { anchor: Record<string, unknown> }
          a.anchor['start'] = null
        }),
      /annotations record 1: anchor.start must be a number/
    ],
    [
      'counts',
      () => edited((f) => f.tables['events']!.pop()),
      /counts 2 events records but the file holds 1/
    ],
    [
      'duplicate key',
      () => edited((f) => ((f.tables['notes']![1] as { id: string }).id = 'note-1')),
      /notes records 0 and 1 have the same id/
    ]
  ]

  it.each(cases)('%s', async (_label, makeText, message) => {
    const target = freshDb()
    await seed(target, otherTables())
    const before = await readAll(target)
    const result = await restoreBackup(target, await makeText())
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message).toMatch(message)
    expect(await readAll(target)).toEqual(before)
  })

  it('a write that fails half-way rolls back every table', async () => {
    const { text, target } = await backupAndTarget(sampleBackupTables())
    const before = await readAll(target)
    // The second event fails inside IndexedDB, after articles, annotations, actors and the first
    // event have already been cleared and written in the same transaction.
    target.events.hook('creating', (_key, event) => {
      if (event.id === 'evt-2') throw new Error('QuotaExceededError: the disk is full')
    })
    const result = await restoreBackup(target, text)
    expect(result).toMatchObject({ ok: false, error: { code: 'io-error' } })
    expect(!result.ok && result.error.message).toMatch(
      /^The backup could not be restored; nothing was changed\./
    )
    expect(await readAll(target)).toEqual(before)
  })
})

/** A table of several restore chunks: the sample workbench with this many actors. */
function manyActors(count: number): BackupTables {
  const t = sampleBackupTables()
  const actor = t.actors[0]!
  const actors = Array.from({ length: count }, (_, i) => ({
    ...actor,
    id: `act-${String(i).padStart(5, '0')}`,
    name: `Actor ${i}`
  }))
  // The sample's events cite its one registry actor, which these replace.
  return { ...t, actors, events: [] }
}

describe('restoring in chunks', () => {
  // More chunks than are ever in flight at once, the last one short.
  const COUNT = RESTORE_CHUNK_SIZE * (RESTORE_CHUNKS_IN_FLIGHT + 1) + 500

  it('writes a table of several chunks whole, in one transaction', async () => {
    const { text, target } = await backupAndTarget(manyActors(COUNT))
    const result = await restoreBackup(target, text)
    expect(result).toMatchObject({ ok: true, value: { actors: COUNT } })
    expect(await readAll(target)).toEqual(manyActors(COUNT))
  })

  // A real IndexedDB refusal (DataCloneError: a value it cannot store), past the validation.
  it.each([
    ['the first chunk, while the next is queued', 10],
    ['the last chunk', COUNT - 1]
  ])('a failure in %s rolls back every table', async (_label, failAt) => {
    const source = freshDb()
    await seed(source, manyActors(COUNT))
    const parsed = parseBackup(await createBackupText(source, CTX))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const file = parsed.value
    const unstorable = (() => undefined) as unknown as string
    file.tables.actors[failAt] = { ...file.tables.actors[failAt]!, notes: unstorable }
    const target = freshDb()
    await seed(target, otherTables())
    const before = await readAll(target)
    const result = await restoreBackupFile(target, file)
    expect(result).toMatchObject({ ok: false, error: { code: 'io-error' } })
    expect(!result.ok && result.error.message).toMatch(/nothing was changed/)
    expect(await readAll(target)).toEqual(before)
  })

  // The write uses put: a repeated key (which parseBackup refuses) must not overwrite silently.
  it('refuses a file that reached it with a key twice, and changes nothing', async () => {
    const source = freshDb()
    await seed(source, manyActors(COUNT))
    const parsed = parseBackup(await createBackupText(source, CTX))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const file = parsed.value
    file.tables.actors[COUNT - 1] = { ...file.tables.actors[COUNT - 1]!, id: 'act-00000' }
    const target = freshDb()
    await seed(target, otherTables())
    const before = await readAll(target)
    const result = await restoreBackupFile(target, file)
    expect(result).toMatchObject({ ok: false, error: { code: 'io-error' } })
    expect(!result.ok && result.error.message).toMatch(
      /nothing was changed.*two actors records have the id “act-00000”/
    )
    expect(await readAll(target)).toEqual(before)
  })
})

describe('a backup whose references are broken', () => {
  /** The probe's case: an annotation of a missing article, one out of range, a note of none. */
  const broken = (): BackupTables => {
    const t = sampleBackupTables()
    const ann = t.annotations[0]!
    t.annotations.push(
      { ...ann, id: 'ann-orphan', articleId: 'no-such-article' },
      { ...ann, id: 'ann-far', anchor: { ...ann.anchor, start: 9000, end: 9100 } }
    )
    t.notes = t.notes.map((note) => ({ ...note, articleId: 'no-such-article' }))
    return t
  }

  it('is refused with the list, and nothing changes', async () => {
    const { text, target } = await backupAndTarget(broken())
    const before = await readAll(target)
    const result = await restoreBackup(target, text)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.message).toMatch(
      /^This backup holds \d+ records the workbench cannot restore as they are — highlight “.*”: its article “no-such-article” is not in the backup; /
    )
    expect(await readAll(target)).toEqual(before)
  })

  it('is read with its problems listed, and restored repaired only when asked', async () => {
    const { text, target } = await backupAndTarget(broken())
    const before = await readAll(target)
    const opened = await openBackupOnPage(target)(new Blob([text]))
    if (!opened.ok) throw new Error(opened.error.message)
    // In the order the backup holds them: by key, as IndexedDB returns them.
    expect(opened.value.problems.map((p) => [p.id, p.repair])).toEqual([
      ['ann-far', 'mark-lost'],
      ['ann-orphan', 'leave-out'],
      ...sampleBackupTables().notes.map((n) => [n.id, 'unlink-article'])
    ])
    expect(opened.value.header.counts.annotations).toBe(4)
    const refused = await opened.value.restore({ repair: false })
    expect(refused.ok).toBe(false)
    expect(await readAll(target)).toEqual(before)

    const repaired = await opened.value.restore({ repair: true })
    expect(repaired).toMatchObject({ ok: true, value: { annotations: 3 } })
    const after = await readAll(target)
    expect(after.annotations.map((a) => a.id)).not.toContain('ann-orphan')
    expect(after.annotations.find((a) => a.id === 'ann-far')!.anchor.status).toBe('orphaned')
    expect(after.notes.every((note) => note.articleId === null)).toBe(true)
    opened.value.close()
    expect((await opened.value.restore({ repair: true })).ok).toBe(false)
  })
})

describe('the change feed (automatic snapshots)', () => {
  it('hears of a restore once, and of a refused or failed one not at all', async () => {
    const source = freshDb()
    await seed(source, manyActors(RESTORE_CHUNK_SIZE + 10))
    const text = await createBackupText(source, CTX)
    const target = freshDb()
    const changes = vi.fn()
    createChangeFeed(target).subscribe(changes)
    await seed(target, otherTables())
    changes.mockClear()

    expect((await restoreBackup(target, 'hello')).ok).toBe(false)
    const diskFull = (_key: unknown, actor: { id: string }): void => {
      if (actor.id === 'act-00005') throw new Error('the disk is full')
    }
    target.actors.hook('creating', diskFull)
    expect((await restoreBackup(target, text)).ok).toBe(false)
    expect(changes).not.toHaveBeenCalled()

    target.actors.hook('creating').unsubscribe(diskFull)
    expect((await restoreBackup(target, text)).ok).toBe(true)
    expect(changes).toHaveBeenCalledTimes(1)
  })
})
