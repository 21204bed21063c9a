/**
 * Snapshot file names: `snapshot-YYYYMMDD-HHmmss-SSS.json` in UTC, so sorting the names sorts
 * the snapshots by time. Both shells (the main process on disk, browser mode in the origin
 * private file system) use the same names, and every name from outside is checked against this
 * strict pattern before it becomes part of a path, which rules out path traversal.
 */
export const SNAPSHOT_NAME_PATTERN = /^snapshot-\d{8}-\d{6}-\d{3}\.json$/

/** How many of the newest snapshots are kept; older ones are deleted after each new one. */
export const SNAPSHOTS_KEPT = 20

/**
 * Beyond the newest SNAPSHOTS_KEPT, the newest snapshot of each of this many days (UTC, counted
 * back from the newest snapshot's day) is kept too, so a burst of snapshots cannot push out
 * every copy of last week's work.
 */
export const SNAPSHOT_DAYS_KEPT = 14

/**
 * Why a snapshot is written: after changes (rate-limited), as the app closes, or just before a
 * restore replaces everything (so the restore can be undone from the snapshots).
 */
export const snapshotReasons = ['change', 'quit', 'before-restore'] as const
export type SnapshotReason = (typeof snapshotReasons)[number]

/**
 * Why the platform asks for a snapshot: 'quit' wants a final one now, whatever the interval
 * (the desktop app is closing and waits for an answer); 'change' only marks a good moment
 * (a browser tab was hidden) for a snapshot that is due anyway, so the interval still applies.
 */
export type SnapshotRequestReason = Exclude<SnapshotReason, 'before-restore'>

/** A stored snapshot as listed to the renderer. */
export interface SnapshotInfo {
  name: string
  /** ISO timestamp, taken from the name. */
  createdAt: string
  bytes: number
}

/** The answer to a write: what was written, and a warning (e.g. low disk space) or null. */
export interface SnapshotWritten extends SnapshotInfo {
  warning: string | null
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/** The file name for a snapshot taken at `at`. */
export function snapshotName(at: Date): string {
  const date = `${pad(at.getUTCFullYear(), 4)}${pad(at.getUTCMonth() + 1, 2)}${pad(at.getUTCDate(), 2)}`
  const time = `${pad(at.getUTCHours(), 2)}${pad(at.getUTCMinutes(), 2)}${pad(at.getUTCSeconds(), 2)}`
  return `snapshot-${date}-${time}-${pad(at.getUTCMilliseconds(), 3)}.json`
}

/** When the snapshot called `name` was taken, or null if `name` is not a valid snapshot name. */
export function snapshotDate(name: string): Date | null {
  if (!SNAPSHOT_NAME_PATTERN.test(name)) return null
  const d = name.slice(9, 17)
  const t = name.slice(18, 24)
  const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${name.slice(25, 28)}Z`
  const at = new Date(iso)
  // Date rolls 20240231 over to 2 March; the round trip rejects such impossible dates.
  return Number.isNaN(at.getTime()) || snapshotName(at) !== name ? null : at
}

/** True for a well-formed snapshot name with a real date; everything else is refused. */
export function isSnapshotName(name: string): boolean {
  return snapshotDate(name) !== null
}

/** The snapshot names among `names` (foreign files ignored), newest first. */
export function newestFirst(names: readonly string[]): string[] {
  return names.filter(isSnapshotName).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
}

/**
 * The name for a snapshot taken now, strictly after every existing one: two writes in the same
 * millisecond, or a clock set back, must neither overwrite a snapshot nor sort before it.
 */
export function nextSnapshotName(now: Date, existing: readonly string[]): string {
  const newest = newestFirst(existing)[0]
  const newestAt = newest === undefined ? null : snapshotDate(newest)
  if (newestAt === null || newestAt.getTime() < now.getTime()) return snapshotName(now)
  return snapshotName(new Date(newestAt.getTime() + 1))
}

const DAY_MS = 24 * 60 * 60 * 1000
const dayOf = (name: string): number => Math.floor(snapshotDate(name)!.getTime() / DAY_MS)

/**
 * The snapshots to delete so that the newest `keep` remain, plus the newest of each of the last
 * `days` days (UTC); never `justWritten`, never foreign files.
 */
export function snapshotsToRotate(
  names: readonly string[],
  justWritten: string,
  keep = SNAPSHOTS_KEPT,
  days = SNAPSHOT_DAYS_KEPT
): string[] {
  const all = newestFirst([...new Set([...names, justWritten])])
  const newestDay = all.length > 0 ? dayOf(all[0]!) : 0
  const daysSeen = new Set<number>()
  const doomed: string[] = []
  let newestKept = 0
  // Newest first, so the first snapshot met for a day is that day's newest.
  for (const name of all) {
    const day = dayOf(name)
    const newestOfItsDay = !daysSeen.has(day)
    daysSeen.add(day)
    if (name === justWritten) continue
    if (newestKept < keep - 1) {
      newestKept += 1
      continue
    }
    if (newestOfItsDay && newestDay - day < days) continue
    doomed.push(name)
  }
  return doomed
}
