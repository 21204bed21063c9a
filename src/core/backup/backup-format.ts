// A snapshot is a backup file, so both share one size limit (declared with the IPC contract).
import { MAX_SNAPSHOT_BYTES } from '../../shared/ipc-contract'
import type { ArticleRecord } from '../../shared/model/article'
import { RECORD_VERSION } from '../records/migrations'
import type { ArticleRevisionRecord } from '../../shared/model/article-revision'
import type {
  ActorRecord,
  AnnotationRecord,
  EventRecord,
  NoteRecord,
  NoteRevisionRecord,
  NoteTemplateRecord,
  SettingRecord
} from '../../shared/model/records'

/** Names the file as ours; anything else is "not an Analyst Workbench backup". */
export const BACKUP_FORMAT = 'analyst-workbench-backup'

/** The envelope's version. Raise it only for a change an older reader could not understand. */
export const BACKUP_VERSION = 1

/**
 * The database schema version this app knows (WorkbenchDb's `verno`; a renderer test keeps the
 * two equal). A backup from a newer database may hold fields or tables this version would lose.
 */
export const KNOWN_DATABASE_VERSION = RECORD_VERSION

/**
 * The oldest database version whose records a backup may hold. Backups exist since version 3,
 * but every version's upgrade steps are in core/records/migrations (the ones the Dexie versions
 * run), so a file of any version from the first restores; a lower number is not a real version.
 */
export const OLDEST_RESTORABLE_DATABASE_VERSION = 1

/**
 * Largest backup file the workbench opens: 150 MB.
 * - Headroom: bench/backup's 50,000-record workbench (300 articles, 30,000 annotations, 12,000
 *   events, 6,000 note snapshots: years of heavy use) makes a 50 MB file, so three times that
 *   still fits, and a workbench that outgrows it is refused when backing up, not when restoring.
 * - Memory: a restore holds the text (up to twice its size in V8 when it is not all Latin-1), the
 *   parsed records and the copies in flight to IndexedDB at once, roughly 4–6 times the file:
 *   under 1 GB at 150 MB, which a renderer survives. (V8 cannot hold a string over ~512 MB at
 *   all, so a much larger limit would be a promise the app cannot keep.)
 * - Time: a restore writes about 10 MB a second to IndexedDB on a busy 2-core machine, so even
 *   150 MB is a wait of seconds, not minutes.
 * - The check is made on the file's size, before reading it, so a wrong pick (a disk image)
 *   costs nothing.
 */
export const MAX_BACKUP_BYTES = MAX_SNAPSHOT_BYTES

/**
 * Every table, parents before children (articles before their annotations and events, actors
 * before the events that cite them, notes before their revisions, settings last because they
 * point at an article). IndexedDB enforces no references, but a reader of the file, or a future
 * restore that goes table by table, meets each record after what it refers to.
 */
export const BACKUP_TABLES = [
  'articles',
  'articleRevisions',
  'annotations',
  'actors',
  'events',
  'notes',
  'noteRevisions',
  'noteTemplates',
  'settings'
] as const

export type BackupTableName = (typeof BACKUP_TABLES)[number]

/**
 * Database tables a backup leaves out, on purpose. `sourceFiles` holds imported PDFs as they
 * came (up to 50 MB each): in a JSON backup they would grow by a third and soon pass the backup
 * size limit, and each is the user's own file, which they still have. A restored PDF article
 * keeps its text, annotations and page map; its page view asks for the file to be imported again.
 * `articleSummaries` is derived from the articles, annotations and events; a restore rebuilds it.
 * `noteJournal` holds keystrokes on their way into a note: a backup is taken after they are in
 * it (flushPendingWrites), and a restore empties the journal.
 */
export const TABLES_NOT_BACKED_UP = ['sourceFiles', 'articleSummaries', 'noteJournal'] as const

/** Every record of every table, typed with the stored model types. */
export interface BackupTables {
  articles: ArticleRecord[]
  articleRevisions: ArticleRevisionRecord[]
  annotations: AnnotationRecord[]
  actors: ActorRecord[]
  events: EventRecord[]
  notes: NoteRecord[]
  noteRevisions: NoteRevisionRecord[]
  noteTemplates: NoteTemplateRecord[]
  settings: SettingRecord[]
}

/** How many records each table holds. */
export type BackupCounts = Record<BackupTableName, number>

/** One backup file: a header a person can read at the top, then every table. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT
  version: number
  /** ISO timestamp of the backup. */
  createdAt: string
  appVersion: string
  databaseVersion: number
  counts: BackupCounts
  tables: BackupTables
}

/** The primary key of each table (Dexie's first schema entry). */
export const BACKUP_PRIMARY_KEYS: Readonly<Record<BackupTableName, string>> = {
  articles: 'id',
  articleRevisions: 'id',
  annotations: 'id',
  actors: 'id',
  events: 'id',
  notes: 'id',
  noteRevisions: 'id',
  noteTemplates: 'id',
  settings: 'key'
}

/**
 * Unique indexes besides the primary key (`&contentHash` in v001-initial.ts). A duplicate would
 * make IndexedDB refuse the restore half-way; finding it first gives a clear message instead.
 */
export const BACKUP_UNIQUE_FIELDS: Readonly<Partial<Record<BackupTableName, readonly string[]>>> = {
  articles: ['contentHash']
}

/** Compile-time proof that BackupTables has exactly the tables of BACKUP_TABLES. */
const _tablesNamed = (t: BackupTables): Record<BackupTableName, unknown[]> => t
const _namesTabled = (t: Record<BackupTableName, never[]>): BackupTables => t
