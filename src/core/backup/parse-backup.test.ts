import { describe, expect, it } from 'vitest'
import { BACKUP_TABLES, KNOWN_DATABASE_VERSION, type BackupFile } from './backup-format'
import { createBackup, serializeBackup } from './create-backup'
import { sampleBackupTables } from './fixtures/sample-backup-tables'
import { parseBackup } from './parse-backup'
import { upgradeEvent } from '../records/migrations'
import {
  version1BackupText,
  version1Records
} from '../records/migrations/fixtures/version-1-records'

// The current database version: a backup of it is read as it is, an older one upgraded.
const CURRENT = KNOWN_DATABASE_VERSION
const CTX = { now: '2024-05-03T09:07:00.000Z', appVersion: '0.1.0', databaseVersion: CURRENT }

/** A valid backup as plain JSON data, for tests to damage one part of. */
function validJson(): Record<string, unknown> & { tables: Record<string, unknown[]> } {
  return JSON.parse(serializeBackup(createBackup(sampleBackupTables(), CTX))) as Record<
    string,
    unknown
  > & { tables: Record<string, unknown[]> }
}

function refusal(text: string): { code: string; message: string } {
  const result = parseBackup(text, CURRENT)
  if (result.ok) throw new Error('expected the backup to be refused')
  return result.error
}

const damage = (edit: (file: ReturnType<typeof validJson>) => void) => {
  const file = validJson()
  edit(file)
  return refusal(JSON.stringify(file))
}

const record = (file: ReturnType<typeof validJson>, table: string, i: number) =>
  file.tables[table]![i] as Record<string, unknown>

describe('parseBackup accepts', () => {
  it('a backup it made, returning exactly the tables that went in', () => {
    const tables = sampleBackupTables()
    const result = parseBackup(serializeBackup(createBackup(tables, CTX)), CURRENT)
    expect(result).toEqual({ ok: true, value: createBackup(sampleBackupTables(), CTX) })
  })

  it('fields it does not know, at any depth, and keeps them', () => {
    const file = validJson()
    record(file, 'annotations', 0)['reviewedBy'] = { name: 'A. Analyst', at: ['x', 1] }
    ;(record(file, 'annotations', 0)['anchor'] as Record<string, unknown>)['method'] = 'fuzzy'
    file['exportedFrom'] = 'laptop'
    const result = parseBackup(JSON.stringify(file), CURRENT)
    expect(result.ok && result.value.tables.annotations[0]).toMatchObject({
      reviewedBy: { name: 'A. Analyst', at: ['x', 1] },
      anchor: { method: 'fuzzy' }
    })
  })

  it('the value a passage was cited for, and refuses one that is not text', () => {
    const file = validJson()
    const evidence = record(file, 'events', 0)['evidence'] as Record<
      string,
      Record<string, unknown>
    >
    evidence['fatalities']!['citedValue'] = '3'
    const result = parseBackup(JSON.stringify(file), CURRENT)
    expect(result.ok && result.value.tables.events[0]?.evidence.fatalities?.citedValue).toBe('3')
    evidence['fatalities']!['citedValue'] = 3
    expect(refusal(JSON.stringify(file)).message).toContain(
      'events record 0: evidence.fatalities.citedValue must be text'
    )
  })

  it('a backup with a byte order mark', () => {
    expect(parseBackup(`\uFEFF${JSON.stringify(validJson())}`, CURRENT).ok).toBe(true)
  })

  it('a backup for an older database version, upgraded to the current one; none before the first', () => {
    const file = validJson()
    file['databaseVersion'] = CURRENT
    expect(parseBackup(JSON.stringify(file), CURRENT + 1).ok).toBe(true)
    file['databaseVersion'] = 2
    const upgraded = parseBackup(JSON.stringify(file), CURRENT)
    expect(upgraded.ok && upgraded.value.databaseVersion).toBe(CURRENT)
    file['databaseVersion'] = 0
    const refused = parseBackup(JSON.stringify(file), CURRENT)
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.error.message).toBe(
      'This backup was written for database version 0, which this version of Analyst Workbench ' +
        `cannot convert (it restores versions 1 to ${CURRENT}). Nothing was changed.`
    )
  })
})

describe('parseBackup refuses, saying why', () => {
  it('an empty file', () => {
    expect(refusal('  \n').message).toBe('This file is empty; it holds no backup.')
  })

  it('a file that is not JSON', () => {
    expect(refusal('Dear analyst, here is my report.')).toEqual({
      code: 'unsupported',
      message: 'This file is not an Analyst Workbench backup. (It is not JSON.)'
    })
    expect(refusal('{"format": analyst}}').message).toContain('not an Analyst Workbench backup')
  })

  it('a truncated file', () => {
    const text = serializeBackup(createBackup(sampleBackupTables(), CTX))
    for (const at of [1, 40, text.indexOf('“'), Math.floor(text.length / 2), text.length - 1]) {
      expect(refusal(text.slice(0, at)).message).toBe(
        'This backup ends early — the file was probably cut off while copying. Use a complete copy.'
      )
    }
  })

  it('JSON that is not a workbench backup', () => {
    for (const foreign of ['[]', '42', 'null', '{"name":"package","version":"1.0.0"}'])
      expect(refusal(foreign)).toEqual({
        code: 'unsupported',
        message: 'This file is not an Analyst Workbench backup.'
      })
  })

  it('a newer or unknown format version', () => {
    expect(damage((f) => (f['version'] = 2)).message).toBe(
      'This backup was made by a newer version of Analyst Workbench (backup format 2; this version reads format 1); update to restore it.'
    )
    expect(damage((f) => (f['version'] = '1')).message).toBe(
      'This file is not an Analyst Workbench backup. (Its format version, 1, is unknown.)'
    )
    expect(damage((f) => delete f['version']).message).toContain('format version, undefined')
  })

  it('a database version newer than the app knows', () => {
    expect(damage((f) => (f['databaseVersion'] = CURRENT + 1))).toEqual({
      code: 'unsupported',
      message: `This backup was made by a newer version of Analyst Workbench (database version ${CURRENT + 1}; this version knows up to ${CURRENT}); update to restore it.`
    })
    expect(
      parseBackup(serializeBackup(createBackup(sampleBackupTables(), CTX)), CURRENT - 1).ok
    ).toBe(false)
  })

  it('a damaged header', () => {
    expect(damage((f) => (f['createdAt'] = 20240503)).message).toBe(
      'This backup is damaged and cannot be restored — the header: createdAt must be text.'
    )
    expect(damage((f) => delete (f['counts'] as Record<string, unknown>)['notes']).message).toBe(
      'This backup is damaged and cannot be restored — the header: counts.notes is missing.'
    )
  })

  it('a missing table, naming it', () => {
    for (const name of BACKUP_TABLES) {
      expect(damage((f) => delete f.tables[name]).message).toBe(
        `This backup is incomplete and cannot be restored — the “${name}” table is missing.`
      )
    }
  })

  it('a table this version does not know', () => {
    expect(damage((f) => (f.tables['sources'] = [])).message).toContain(
      'it holds tables this version does not know (sources)'
    )
  })

  it('wrong types, naming the table, the record and the field', () => {
    expect(
      damage((f) => {
        ;(record(f, 'annotations', 1)['anchor'] as Record<string, unknown>)['start'] = '12'
      }).message
    ).toBe(
      'This backup is damaged and cannot be restored — annotations record 1: anchor.start must be a number.'
    )
    expect(damage((f) => delete record(f, 'events', 0)['articleId']).message).toContain(
      'events record 0: articleId is missing'
    )
    expect(damage((f) => (record(f, 'annotations', 0)['colour'] = 7)).message).toContain(
      'annotations record 0: colour must be one of 0, 1, 2, 3, 4 (it is 7)'
    )
    expect(damage((f) => (record(f, 'events', 1)['context'] = 'rumour')).message).toContain(
      'events record 1: context must be one of “current”, “historical”, “future”, “hypothetical”, “negated” (it is “rumour”)'
    )
    expect(damage((f) => (record(f, 'articles', 0)['blocks'] = 'text')).message).toContain(
      'articles record 0: blocks must be a list'
    )
    expect(
      damage((f) => {
        ;(record(f, 'articles', 0)['blocks'] as unknown[])[2] = { kind: 'quote', text: 7 }
      }).message
    ).toContain('articles record 0: blocks[2].text must be text')
    expect(damage((f) => (record(f, 'notes', 0)['doc'] = 'hello')).message).toContain(
      'notes record 0: doc must be an object'
    )
    expect(damage((f) => (record(f, 'settings', 0)['key'] = '')).message).toContain(
      'settings record 0: key is empty'
    )
    expect(damage((f) => (f.tables['actors']![0] = 'Hezbollah')).message).toContain(
      'actors record 0: the record must be an object'
    )
    expect(
      damage((f) => (f.tables['events'] = { 0: {} } as unknown as unknown[])).message
    ).toContain('the “events” table is not a list of records')
  })

  it('many bad records: the first three and how many more', () => {
    const message = damage((f) => {
      f.tables['notes'] = Array.from({ length: 5 }, (_, i) => ({ id: `n${i}` }))
      ;(f['counts'] as Record<string, number>)['notes'] = 5
    }).message
    expect(message).toContain('notes record 0: articleId is missing; notes record 1:')
    expect(message).toContain('notes record 2: articleId is missing; and 2 more records')
  })

  it('counts that do not match the records', () => {
    expect(damage((f) => f.tables['annotations']!.pop()).message).toBe(
      'This backup is damaged and cannot be restored — its header counts 2 annotations records but the file holds 1.'
    )
  })

  it('two records of a table with the same key', () => {
    expect(damage((f) => (record(f, 'events', 1)['id'] = 'evt-1')).message).toBe(
      'This backup is damaged and cannot be restored — events records 0 and 1 have the same id ("evt-1").'
    )
    expect(damage((f) => (record(f, 'settings', 3)['key'] = 'colourLabels')).message).toContain(
      'settings records 0 and 3 have the same key ("colourLabels")'
    )
    expect(
      damage((f) => (record(f, 'articles', 1)['contentHash'] = 'a3f1c9e0b2d4')).message
    ).toContain('articles records 0 and 1 have the same contentHash ("a3f1c9e0b2d4")')
  })
})

describe('the result', () => {
  it('is the file data itself, typed', () => {
    const result = parseBackup(serializeBackup(createBackup(sampleBackupTables(), CTX)), CURRENT)
    const file: BackupFile | null = result.ok ? result.value : null
    expect(file?.counts).toEqual({
      articles: 2,
      articleRevisions: 1,
      annotations: 2,
      actors: 1,
      events: 2,
      notes: 2,
      noteRevisions: 1,
      noteTemplates: 1,
      settings: 4
    })
  })
})

describe('parseBackup upgrades an older backup', () => {
  it('of database version 1: tables added since are empty, records in the current schema', () => {
    const result = parseBackup(version1BackupText(), CURRENT)
    if (!result.ok) throw new Error(result.error.message)
    const file = result.value
    expect(file.databaseVersion).toBe(CURRENT)
    expect(file.counts).toMatchObject({ articleRevisions: 0, noteTemplates: 0, annotations: 2 })
    expect(file.tables.articleRevisions).toEqual([])
    expect(file.tables.noteTemplates).toEqual([])
    expect(file.tables.annotations[0]).toMatchObject({ tags: [], colour: 0, creator: 'local user' })
    expect(file.tables.notes[0]).toMatchObject({
      schemaVersion: 1,
      createdAt: '2024-01-03T10:00:00.000Z'
    })
    expect(file.tables.events).toEqual(version1Records()['events']!.map((e) => upgradeEvent(e, 1)))
  })

  it('and still refuses what the upgrade cannot mend, naming the record', () => {
    const records = version1Records()
    records['annotations']![0]!['colour'] = 9
    const result = parseBackup(version1BackupText(records), CURRENT)
    expect(!result.ok && result.error.message).toContain(
      'annotations record 0: colour must be one of'
    )
  })
})
