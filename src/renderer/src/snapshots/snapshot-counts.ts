import type { SnapshotInfo } from '@shared/ipc-contract'
import type { Result } from '@shared/result'
import type { BackupData } from '../platform/platform'
import type { RecordCounts } from './snapshot-format'

/** What a snapshot holds: its counts, or null when it cannot be read or is not a valid backup. */
export type SnapshotHolds = RecordCounts | null

export interface SnapshotCountsDeps {
  /** The snapshot as the platform hands it over (its file or bytes, not its text). */
  read: (name: string) => Promise<Result<BackupData>>
  /** Reads, validates and counts a snapshot off the page's thread (a worker). */
  check: (data: BackupData) => Promise<Result<RecordCounts>>
  /** Where the counts are kept between sessions (localStorage); none in tests. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>
}

export interface SnapshotCounts {
  /** What `info` holds if it was counted before (this session or an earlier one). */
  known: (info: SnapshotInfo) => SnapshotHolds | undefined
  /** Reads and counts `info` (in the worker) unless known; remembers the answer. */
  count: (info: SnapshotInfo) => Promise<SnapshotHolds>
}

const STORAGE_KEY = 'snapshot-counts'
/** More than the snapshots kept (see SNAPSHOTS_KEPT), so rotation never evicts a live one. */
const REMEMBERED = 100

// A snapshot file is never rewritten: its name (a timestamp) and size identify its content.
const keyOf = (info: SnapshotInfo): string => `${info.name}|${info.bytes}`

const isCounts = (value: unknown): value is RecordCounts =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((n) => Number.isInteger(n) && (n as number) >= 0)

/**
 * The counts shown beside each snapshot in "Restore from a snapshot". Reading and validating a
 * snapshot of 100 MB takes seconds, so each is read once, validated in a worker, and its counts
 * kept by name and size: the dialog lists known snapshots at once, with nothing parsed on the
 * page's thread.
 */
export function createSnapshotCounts(deps: SnapshotCountsDeps): SnapshotCounts {
  const known = new Map<string, SnapshotHolds>()
  try {
    const stored: unknown = JSON.parse(deps.storage?.getItem(STORAGE_KEY) ?? '{}')
    if (stored && typeof stored === 'object')
      for (const [key, value] of Object.entries(stored))
        if (value === null || isCounts(value)) known.set(key, value)
  } catch {
    // Unreadable: counted again.
  }
  const remember = (key: string, holds: SnapshotHolds): void => {
    known.delete(key)
    known.set(key, holds)
    while (known.size > REMEMBERED) known.delete(known.keys().next().value!)
    try {
      deps.storage?.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(known)))
    } catch {
      // Storage full or refused: the counts are still known for this session.
    }
  }
  const pending = new Map<string, Promise<SnapshotHolds>>()
  return {
    known: (info) => known.get(keyOf(info)),
    count: (info) => {
      const key = keyOf(info)
      if (known.has(key)) return Promise.resolve(known.get(key)!)
      const already = pending.get(key)
      if (already) return already
      const counting = (async (): Promise<SnapshotHolds> => {
        const data = await deps.read(info.name).catch(() => null)
        if (!data?.ok) return null
        const checked = await deps.check(data.value).catch(() => null)
        return checked?.ok ? checked.value : null
      })().then((holds) => {
        pending.delete(key)
        // Only counts are remembered: a failed read (a busy disk) or check is tried again.
        if (holds !== null) remember(key, holds)
        return holds
      })
      pending.set(key, counting)
      return counting
    }
  }
}
