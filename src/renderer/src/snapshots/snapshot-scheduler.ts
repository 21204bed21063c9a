import type { SnapshotReason, SnapshotWritten } from '@shared/ipc-contract'
import { fail, type Result, type WorkbenchError } from '@shared/result'

/** At most one change-triggered snapshot per this interval (counted from the last attempt). */
export const SNAPSHOT_INTERVAL_MS = 5 * 60_000
/** Quiet time after a change before snapshotting, so a burst of edits makes one snapshot. */
export const SNAPSHOT_DEBOUNCE_MS = 3000
/** Continuous editing cannot postpone a due snapshot longer than this. */
export const SNAPSHOT_MAX_DEBOUNCE_MS = 30_000

/**
 * 'skipped': the write decided the data is not worth a snapshot (see SnapshotSchedulerOptions.
 * write); 'postponed': changes wait, but the interval does not allow a snapshot yet.
 */
export type FlushOutcome = 'written' | 'failed' | 'unchanged' | 'skipped' | 'postponed'

export interface SnapshotSchedulerOptions {
  /**
   * Makes the snapshot text and stores it (platform.writeSnapshot); null when it chose not to
   * write (nothing worth keeping), which is neither a failure nor a snapshot.
   */
  write: (reason: SnapshotReason) => Promise<Result<SnapshotWritten | null>>
  now: () => number
  setTimer: (callback: () => void, ms: number) => unknown
  clearTimer: (handle: unknown) => void
  intervalMs?: number
  debounceMs?: number
  maxDebounceMs?: number
  /** The first failure of a run of failures; the rest are not repeated (no storm of notices). */
  onFailure?: (error: WorkbenchError) => void
  /** A write succeeded after a reported failure. */
  onRecovered?: () => void
  /** A warning (low disk space) from a successful write; told once. */
  onWarning?: (message: string) => void
}

/**
 * Decides when to snapshot: a while after changes, at most every `intervalMs`, one write at a
 * time. A failed write is retried after the next change (still at most once per interval, so a
 * full disk is not hammered); 'unsupported' stops snapshots for the session. Pure timing: the
 * clock, timers and the write itself are injected.
 */
export class SnapshotScheduler {
  private readonly options: Required<
    Pick<SnapshotSchedulerOptions, 'intervalMs' | 'debounceMs' | 'maxDebounceMs'>
  > &
    SnapshotSchedulerOptions
  /** Changes exist that no snapshot holds yet. */
  private dirty = false
  /** When the oldest change not yet in a snapshot happened. */
  private pendingSince: number | null = null
  private lastAttemptAt: number | null = null
  private timer: unknown = null
  private running: Promise<FlushOutcome> | null = null
  private changedWhileRunning = false
  private failing = false
  private warned = false
  private stopped = false

  constructor(options: SnapshotSchedulerOptions) {
    this.options = {
      intervalMs: SNAPSHOT_INTERVAL_MS,
      debounceMs: SNAPSHOT_DEBOUNCE_MS,
      maxDebounceMs: SNAPSHOT_MAX_DEBOUNCE_MS,
      ...options
    }
  }

  /** Something in the database changed. */
  noteChange(): void {
    if (this.stopped) return
    if (!this.dirty) this.pendingSince = this.options.now()
    this.dirty = true
    if (this.running) this.changedWhileRunning = true
    else this.schedule()
  }

  /**
   * Writes a snapshot now if anything changed since the last one (the app is closing). Waits
   * for a write in progress first, so two writes never overlap.
   */
  async flush(reason: SnapshotReason): Promise<FlushOutcome> {
    while (this.running) await this.running
    if (this.stopped || !this.dirty) return 'unchanged'
    return this.run(reason)
  }

  /**
   * Writes a snapshot now if anything changed and the interval allows one (a good moment, such
   * as a browser tab being hidden, but no reason to snapshot more often); otherwise the
   * scheduled snapshot stays as it was.
   */
  async flushIfDue(reason: SnapshotReason): Promise<FlushOutcome> {
    while (this.running) await this.running
    if (this.stopped || !this.dirty) return 'unchanged'
    const { now, intervalMs } = this.options
    if (this.lastAttemptAt !== null && now() < this.lastAttemptAt + intervalMs) return 'postponed'
    return this.run(reason)
  }

  /** Stops for good: no timer stays behind. */
  dispose(): void {
    this.stopped = true
    this.cancelTimer()
  }

  private schedule(): void {
    const { now, intervalMs, debounceMs, maxDebounceMs } = this.options
    const at = now()
    const quiet = Math.min(at + debounceMs, (this.pendingSince ?? at) + maxDebounceMs)
    const allowed = this.lastAttemptAt === null ? quiet : this.lastAttemptAt + intervalMs
    const due = Math.max(quiet, allowed)
    this.cancelTimer()
    this.timer = this.options.setTimer(
      () => {
        this.timer = null
        if (!this.running && !this.stopped) void this.run('change')
      },
      Math.max(0, due - at)
    )
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.options.clearTimer(this.timer)
    this.timer = null
  }

  private run(reason: SnapshotReason): Promise<FlushOutcome> {
    this.cancelTimer()
    const running = this.attempt(reason).then((outcome) => {
      this.running = null
      // Changes made during the write are not in it. After a failure this is also the retry:
      // without a change meanwhile, the next change schedules it.
      if (this.changedWhileRunning && !this.stopped) this.schedule()
      this.changedWhileRunning = false
      return outcome
    })
    this.running = running
    return running
  }

  private async attempt(reason: SnapshotReason): Promise<FlushOutcome> {
    const since = this.pendingSince
    this.dirty = false
    this.pendingSince = null
    this.lastAttemptAt = this.options.now()
    let result: Result<SnapshotWritten | null>
    try {
      result = await this.options.write(reason)
    } catch (error) {
      result = fail('internal', error instanceof Error ? error.message : String(error))
    }
    if (result.ok) {
      if (result.value === null) return 'skipped'
      if (this.failing) this.options.onRecovered?.()
      this.failing = false
      const { warning } = result.value
      if (warning !== null && !this.warned) {
        this.warned = true
        this.options.onWarning?.(warning)
      }
      return 'written'
    }
    // The changes are still not in any snapshot.
    this.dirty = true
    const earliest = Math.min(since ?? Infinity, this.pendingSince ?? Infinity)
    this.pendingSince = Number.isFinite(earliest) ? earliest : this.options.now()
    if (result.error.code === 'unsupported') this.dispose()
    if (!this.failing) this.options.onFailure?.(result.error)
    this.failing = true
    return 'failed'
  }
}
