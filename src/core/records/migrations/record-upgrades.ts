// Upgrades of stored records, one pure function per schema version and table. The Dexie versions
// (src/renderer/src/db/v00N-*.ts) run each step on the database as it opens, and parseBackup runs
// every step after a backup's version on its records, so a backup of any earlier version restores
// into the current schema. To change the shape of stored records: add a vNNN file here with its
// frozen defaults, list it below, raise RECORD_VERSION and add the Dexie version that runs it.
import type { RecordUpgrade, StoredRecord } from './stored-record'
import { upgradeAnnotationToV2 } from './v002-annotation-fields'
import { upgradeNoteToV3 } from './v003-note-schema-version'

/** The database schema version the records are upgraded to (WorkbenchDb's `verno`). */
export const RECORD_VERSION = 6

/** The tables records live in (the backup's and the database's names). */
export type RecordTable =
  | 'articles'
  | 'articleRevisions'
  | 'annotations'
  | 'actors'
  | 'events'
  | 'notes'
  | 'noteRevisions'
  | 'noteTemplates'
  | 'settings'

/** Each version's steps, by table; a table a version did not change is absent. */
export const RECORD_UPGRADES: Readonly<
  Record<number, Readonly<Partial<Record<RecordTable, RecordUpgrade>>>>
> = Object.freeze({
  2: Object.freeze({ annotations: upgradeAnnotationToV2 }),
  3: Object.freeze({ notes: upgradeNoteToV3 })
})

/** Tables that did not exist before a version: an older backup has none, i.e. none of them. */
export const TABLE_ADDED_IN: Readonly<Partial<Record<RecordTable, number>>> = Object.freeze({
  articleRevisions: 2,
  noteTemplates: 3
})

/** The one step of `version` for `table` (what its Dexie version runs); identity if none. */
export function upgradeStep(table: RecordTable, version: number): RecordUpgrade {
  return RECORD_UPGRADES[version]?.[table] ?? ((record) => record)
}

/** Whether any step after `fromVersion` changes records of `table`. */
export function needsUpgrade(table: RecordTable, fromVersion: number): boolean {
  for (let v = fromVersion + 1; v <= RECORD_VERSION; v++)
    if (RECORD_UPGRADES[v]?.[table]) return true
  return false
}

/**
 * A record of `table` as version `fromVersion` stored it, as the current version reads it. A
 * value that is not a record is returned as it is, for validation to refuse.
 */
export function upgradeRecord(table: RecordTable, record: unknown, fromVersion: number): unknown {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record
  let out = record as StoredRecord
  for (let v = fromVersion + 1; v <= RECORD_VERSION; v++) out = upgradeStep(table, v)(out)
  return out
}

/** An event as version `fromVersion` stored it, in the current schema (no step changes them yet). */
export const upgradeEvent = (record: unknown, fromVersion: number): unknown =>
  upgradeRecord('events', record, fromVersion)

/** An annotation as version `fromVersion` stored it, in the current schema. */
export const upgradeAnnotation = (record: unknown, fromVersion: number): unknown =>
  upgradeRecord('annotations', record, fromVersion)

/** A note as version `fromVersion` stored it, in the current schema. */
export const upgradeNote = (record: unknown, fromVersion: number): unknown =>
  upgradeRecord('notes', record, fromVersion)
