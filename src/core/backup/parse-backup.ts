import { z } from 'zod'
import { fail, ok, type Result } from '../../shared/result'
import {
  BACKUP_FORMAT,
  BACKUP_PRIMARY_KEYS,
  BACKUP_TABLES,
  BACKUP_UNIQUE_FIELDS,
  BACKUP_VERSION,
  KNOWN_DATABASE_VERSION,
  OLDEST_RESTORABLE_DATABASE_VERSION,
  type BackupFile,
  type BackupTableName
} from './backup-format'
import { BACKUP_RECORD_SCHEMAS } from './backup-record-schemas'
import { describeIssue } from './describe-issue'
import { endsEarly } from './ends-early'
import { isObject } from './is-object'
import { quickAccept } from './quick-accept'
import { upgradeBackupRecords, withTablesOfItsVersion } from './upgrade-backup'
import { countNoun } from '../text/count-noun'

const NOT_OURS = 'This file is not an Analyst Workbench backup.'
const damaged = (detail: string): Result<never> =>
  fail('invalid-payload', `This backup is damaged and cannot be restored — ${detail}.`)
const newer = (what: string): Result<never> =>
  fail(
    'unsupported',
    `This backup was made by a newer version of Analyst Workbench (${what}); update to restore it.`
  )

const countSchema = z.number().int().min(0)
const headerSchema = z.looseObject({
  createdAt: z.string(),
  appVersion: z.string(),
  counts: z.looseObject(
    Object.fromEntries(BACKUP_TABLES.map((t) => [t, countSchema])) as Record<
      BackupTableName,
      typeof countSchema
    >
  ),
  tables: z.looseObject({})
})

/** First the envelope: is it ours, and can this version read it? */
function checkVersions(value: unknown, knownDatabaseVersion: number): Result<void> {
  if (!isObject(value) || value['format'] !== BACKUP_FORMAT) return fail('unsupported', NOT_OURS)
  const { version, databaseVersion } = value
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('unsupported', `${NOT_OURS} (Its format version, ${String(version)}, is unknown.)`)
  if (version > BACKUP_VERSION)
    return newer(`backup format ${version}; this version reads format ${BACKUP_VERSION}`)
  if (typeof databaseVersion !== 'number' || !Number.isInteger(databaseVersion))
    return damaged('the database version is missing')
  if (databaseVersion > knownDatabaseVersion)
    return newer(
      `database version ${databaseVersion}; this version knows up to ${knownDatabaseVersion}`
    )
  if (databaseVersion < OLDEST_RESTORABLE_DATABASE_VERSION)
    return fail(
      'unsupported',
      `This backup was written for database version ${databaseVersion}, which this version of ` +
        `Analyst Workbench cannot convert (it restores versions ${OLDEST_RESTORABLE_DATABASE_VERSION}` +
        ` to ${knownDatabaseVersion}). Nothing was changed.`
    )
  return ok(undefined)
}

/** Then the header a person reads: when, by which version, how many records of each table. */
function checkHeader(value: unknown): Result<void> {
  const header = headerSchema.safeParse(value, { reportInput: true })
  if (!header.success) return damaged(`the header: ${describeIssue(header.error.issues[0]!)}`)
  return ok(undefined)
}

/** Every table present, no table this version does not know, each a list of the counted length. */
function checkTables(file: Record<string, unknown>): Result<void> {
  const tables = file['tables'] as Record<string, unknown>
  const counts = file['counts'] as Record<string, number>
  for (const name of BACKUP_TABLES) {
    if (!(name in tables))
      return fail(
        'invalid-payload',
        `This backup is incomplete and cannot be restored — the “${name}” table is missing.`
      )
    const records = tables[name]
    if (!Array.isArray(records)) return damaged(`the “${name}” table is not a list of records`)
    if (records.length !== counts[name])
      return damaged(
        `its header counts ${countNoun(counts[name] ?? 0, `${name} record`)} but the file holds ${records.length}`
      )
  }
  const unknown = Object.keys(tables).filter(
    (n) => !(BACKUP_TABLES as readonly string[]).includes(n)
  )
  if (unknown.length > 0)
    return damaged(`it holds tables this version does not know (${unknown.join(', ')})`)
  return ok(undefined)
}

const MAX_LISTED = 3

/**
 * Each table's quick yes (quick-accept.ts): a record it accepts, zod accepts; any other goes to
 * zod, whose verdict and issue are final. Without it (a schema it cannot model) zod checks all.
 */
const QUICK_ACCEPT = Object.fromEntries(
  BACKUP_TABLES.map((name) => [name, quickAccept(BACKUP_RECORD_SCHEMAS[name])])
) as Record<BackupTableName, ((value: unknown) => boolean) | undefined>

/** Each record against its table's schema; reports the first few problems and how many more. */
function checkRecords(name: BackupTableName, records: unknown[]): Result<void> {
  const schema = BACKUP_RECORD_SCHEMAS[name]
  const quick = QUICK_ACCEPT[name]
  const problems: string[] = []
  let total = 0
  for (let i = 0; i < records.length; i++) {
    if (quick?.(records[i])) continue
    const parsed = schema.safeParse(records[i], { reportInput: true })
    if (parsed.success) continue
    total++
    if (problems.length < MAX_LISTED)
      problems.push(`${name} record ${i}: ${describeIssue(parsed.error.issues[0]!)}`)
  }
  if (total === 0) return ok(undefined)
  const more = total > MAX_LISTED ? `; and ${total - MAX_LISTED} more records with problems` : ''
  return damaged(`${problems.join('; ')}${more}`)
}

/** No two records of a table share a primary key (or a unique field, such as contentHash). */
function checkUnique(name: BackupTableName, records: Record<string, unknown>[]): Result<void> {
  for (const field of [BACKUP_PRIMARY_KEYS[name], ...(BACKUP_UNIQUE_FIELDS[name] ?? [])]) {
    const seen = new Map<unknown, number>()
    for (let i = 0; i < records.length; i++) {
      const key = records[i]![field]
      const first = seen.get(key)
      if (first !== undefined)
        return damaged(
          // plural-ok: `name` is a table's name, not a count.
          `${name} records ${first} and ${i} have the same ${field} (${JSON.stringify(key)})`
        )
      seen.set(key, i)
    }
  }
  return ok(undefined)
}

/** A backup file's JSON text: without the byte-order mark some editors put in front. */
export const backupBody = (text: string): string => text.replace(/^\uFEFF/, '')

/**
 * Reads a backup and validates ALL of it before anyone touches the database: that it is ours,
 * that this version can read it, every table, every record, the counts and the keys. Refusals
 * are sentences to show the user as they are. The records returned are exactly those in the
 * file, unknown fields included (the schemas only check them), so a restore loses nothing; those
 * of an older database version are first upgraded (upgrade-backup.ts) and the file marked current.
 */
export function parseBackup(
  text: string,
  knownDatabaseVersion: number = KNOWN_DATABASE_VERSION
): Result<BackupFile> {
  const body = backupBody(text)
  if (body.trim() === '') return fail('invalid-payload', 'This file is empty; it holds no backup.')
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return endsEarly(body)
      ? fail(
          'invalid-payload',
          'This backup ends early — the file was probably cut off while copying. Use a complete copy.'
        )
      : fail('unsupported', `${NOT_OURS} (It is not JSON.)`)
  }
  const versions = checkVersions(value, knownDatabaseVersion)
  if (!versions.ok) return versions
  // An older version's backup lacks the tables added since: they were empty then.
  let file = withTablesOfItsVersion(value as Record<string, unknown>)
  const header = checkHeader(file)
  if (!header.ok) return header
  const tables = checkTables(file)
  if (!tables.ok) return tables
  // Its records as this version stores them (the Dexie upgrades' steps), then checked as such.
  file = upgradeBackupRecords(file)
  const records = file['tables'] as Record<BackupTableName, Record<string, unknown>[]>
  for (const name of BACKUP_TABLES) {
    const valid = checkRecords(name, records[name])
    if (!valid.ok) return valid
    const unique = checkUnique(name, records[name])
    if (!unique.ok) return unique
  }
  // Everything the type promises has now been checked above.
  return ok(file as unknown as BackupFile)
}
