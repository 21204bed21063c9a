import type Dexie from 'dexie'
import type { SnapshotInfo } from '@shared/ipc-contract'
import type { Result } from '@shared/result'
import { countWork, type RecordCounts, type SnapshotFormat } from './snapshot-format'

export type DatabaseState =
  /** Opened; `records` counts the analyst's work (settings excluded). */
  | { kind: 'ready'; records: number }
  /**
   * Could not be opened or read, for a reason that does not prove damage (a failed upgrade, a
   * transient storage error): the data may well be intact, so it is only tried again.
   */
  | { kind: 'failed'; message: string }
  /** Failed again after a retry: it has to be replaced to work again. */
  | { kind: 'damaged'; message: string }
  /** Not damaged, but not usable here (newer version, no storage, disk full): never delete it. */
  | { kind: 'unavailable'; message: string }

export interface GoodSnapshot {
  info: SnapshotInfo
  text: string
  counts: RecordCounts
}

export type StartupOffer =
  | { kind: 'proceed' }
  /**
   * The database cannot be used now; offer to retry. `failed`: opening failed for a reason that
   * may pass, and failing again on retry leads to the offer to replace it.
   */
  | { kind: 'blocked'; message: string; failed: boolean }
  /** Offer the snapshot; for a damaged database, restoring means replacing it. */
  | { kind: 'restore'; snapshot: GoodSnapshot; damage: string | null }
  /** The database is damaged and no snapshot can replace it: offer to start empty. */
  | { kind: 'reset'; damage: string }

// Errors that say the storage is unusable here, not that the data is broken.
const UNAVAILABLE: Readonly<Record<string, string>> = {
  VersionError:
    'The database was saved by a newer version of the workbench. Use that version, or a backup.',
  MissingAPIError: 'This browser does not allow storage here (a private window?).',
  InvalidStateError: 'This browser does not allow storage here (a private window?).',
  SecurityError: 'This browser does not allow storage here.',
  QuotaExceededError: 'The disk is full, so the database cannot open. Free some space and restart.'
}

/**
 * Sorts an error from opening the database into unavailable (never to be replaced) or failed
 * (to be tried again). No error proves damage on the first attempt, and some never do: Dexie's
 * UpgradeError (a migration that fails in a new release) leaves the old data intact, so it is
 * unavailable, whatever the retries; Chromium's UnknownError ("backing store") is often
 * transient.
 */
export function classifyOpenError(error: unknown): DatabaseState {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map(
    (e) => (e as { name?: unknown } | null | undefined)?.name
  )
  const known = names.find((n): n is string => typeof n === 'string' && n in UNAVAILABLE)
  if (known) return { kind: 'unavailable', message: UNAVAILABLE[known]! }
  const detail = (error instanceof Error ? error.message : String(error)) || 'unknown error'
  // A migration that throws throws again on every start: retrying cannot turn it into damage,
  // and replacing the database would delete data a fixed release can open.
  if (names.includes('UpgradeError')) {
    return {
      kind: 'unavailable',
      message: `This version of the workbench could not upgrade the database (${detail}). Your data has not been changed; use the previous version or an update with a fix, and keep the data folder.`
    }
  }
  return { kind: 'failed', message: `The browser could not open the database (${detail}).` }
}

/** Opens the database and counts the analyst's records, without changing anything. */
export async function probeDatabase(db: Dexie): Promise<DatabaseState> {
  try {
    await db.open()
  } catch (error) {
    return classifyOpenError(error)
  }
  try {
    let records = 0
    for (const table of db.tables) if (table.name !== 'settings') records += await table.count()
    return { kind: 'ready', records }
  } catch (error) {
    return classifyOpenError(error)
  }
}

/**
 * The startup decision: proceed with a usable, non-empty database (or an empty one when no
 * snapshot exists); look for a snapshot when it is damaged, or empty while snapshots exist.
 */
export function needsSnapshot(
  db: DatabaseState,
  snapshots: readonly SnapshotInfo[]
): 'proceed' | 'blocked' | 'look' {
  if (db.kind === 'unavailable' || db.kind === 'failed') return 'blocked'
  if (db.kind === 'damaged') return 'look'
  return db.records === 0 && snapshots.length > 0 ? 'look' : 'proceed'
}

/**
 * What to offer once the latest good snapshot is known. An empty database whose latest good
 * snapshot is empty too was emptied on purpose (the snapshot recorded it): nothing to offer.
 */
export function chooseOffer(db: DatabaseState, good: GoodSnapshot | null): StartupOffer {
  if (db.kind === 'unavailable') return { kind: 'blocked', message: db.message, failed: false }
  if (db.kind === 'failed') return { kind: 'blocked', message: db.message, failed: true }
  if (db.kind === 'damaged') {
    return good
      ? { kind: 'restore', snapshot: good, damage: db.message }
      : { kind: 'reset', damage: db.message }
  }
  if (db.records > 0 || good === null || countWork(good.counts) === 0) return { kind: 'proceed' }
  return { kind: 'restore', snapshot: good, damage: null }
}

/** The newest snapshot that can be read and passes `inspect`; older ones stand in for bad ones. */
export async function findLatestGoodSnapshot(
  snapshots: readonly SnapshotInfo[],
  read: (name: string) => Promise<Result<string>>,
  inspect: SnapshotFormat['inspect']
): Promise<GoodSnapshot | null> {
  const newestFirst = [...snapshots].sort((a, b) => (a.name < b.name ? 1 : -1))
  for (const info of newestFirst) {
    const text = await read(info.name).catch(() => null)
    if (!text?.ok) continue
    const parsed = inspect(text.value)
    if (parsed.ok) return { info, text: text.value, counts: parsed.value.counts }
  }
  return null
}

export interface StartupCheckDeps {
  probe: () => Promise<DatabaseState>
  listSnapshots: () => Promise<Result<SnapshotInfo[]>>
  readSnapshot: (name: string) => Promise<Result<string>>
  inspect: SnapshotFormat['inspect']
}

/**
 * Runs the whole check: probe, list, find the latest good snapshot if needed, choose. Only
 * when `retried` (the analyst asked to try again) does a failure to open count as damage.
 */
export async function runStartupCheck(
  deps: StartupCheckDeps,
  retried = false
): Promise<StartupOffer> {
  const probed = await deps.probe()
  const db: DatabaseState =
    probed.kind === 'failed' && retried ? { kind: 'damaged', message: probed.message } : probed
  if (db.kind === 'ready' && db.records > 0) return { kind: 'proceed' }
  // No snapshots where they cannot be listed (e.g. a browser without a private file system).
  const listed = await deps.listSnapshots().catch(() => null)
  const snapshots = listed?.ok ? listed.value : []
  const verdict = needsSnapshot(db, snapshots)
  if (verdict === 'proceed') return { kind: 'proceed' }
  if (verdict === 'blocked') return chooseOffer(db, null)
  return chooseOffer(db, await findLatestGoodSnapshot(snapshots, deps.readSnapshot, deps.inspect))
}
