import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SnapshotReason, SnapshotWritten } from '@shared/ipc-contract'
import { fail, ok, type Result } from '@shared/result'
import {
  SNAPSHOT_DEBOUNCE_MS,
  SNAPSHOT_INTERVAL_MS,
  SNAPSHOT_MAX_DEBOUNCE_MS,
  SnapshotScheduler,
  type SnapshotSchedulerOptions
} from './snapshot-scheduler'

const START = Date.UTC(2024, 2, 7, 9, 0, 0)
beforeEach(() => {
  vi.useFakeTimers({ now: START })
})
afterEach(() => {
  vi.useRealTimers()
})

const written = (warning: string | null = null): Result<SnapshotWritten> =>
  ok({ name: 'snapshot-x.json', createdAt: new Date().toISOString(), bytes: 2, warning })

/** A scheduler on Vitest's fake clock; `writes` records when each write started and why. */
function setup(
  write: (reason: SnapshotReason) => Promise<Result<SnapshotWritten | null>> = async () =>
    written(),
  overrides: Partial<SnapshotSchedulerOptions> = {}
) {
  const writes: { at: number; reason: SnapshotReason }[] = []
  const options = {
    write: vi.fn(async (reason: SnapshotReason) => {
      writes.push({ at: Date.now() - START, reason })
      return write(reason)
    }),
    now: () => Date.now(),
    setTimer: (callback: () => void, ms: number) => setTimeout(callback, ms),
    clearTimer: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    onFailure: vi.fn(),
    onRecovered: vi.fn(),
    onWarning: vi.fn(),
    ...overrides
  }
  return { scheduler: new SnapshotScheduler(options), writes, options }
}

/** A write that finishes only when told to. */
function deferredWrites() {
  const pending: ((result: Result<SnapshotWritten>) => void)[] = []
  const write = () => new Promise<Result<SnapshotWritten>>((resolve) => pending.push(resolve))
  return { write, finish: (result = written()) => pending.shift()!(result) }
}

const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms)

describe('SnapshotScheduler', () => {
  it('snapshots a few seconds after the first change, once for a burst of edits', async () => {
    const { scheduler, writes } = setup()
    for (let i = 0; i < 5; i++) {
      scheduler.noteChange()
      await advance(1000)
    }
    expect(writes).toEqual([])
    await advance(SNAPSHOT_DEBOUNCE_MS - 1000)
    expect(writes).toEqual([{ at: 4000 + SNAPSHOT_DEBOUNCE_MS, reason: 'change' }])
    await advance(SNAPSHOT_INTERVAL_MS * 3)
    expect(writes).toHaveLength(1)
  })

  it('waits until five minutes after the last snapshot for the next one', async () => {
    const { scheduler, writes } = setup()
    scheduler.noteChange()
    await advance(SNAPSHOT_DEBOUNCE_MS)
    await advance(60_000)
    scheduler.noteChange()
    await advance(SNAPSHOT_INTERVAL_MS - 60_000 - 1)
    expect(writes).toHaveLength(1)
    await advance(1)
    expect(writes.map((w) => w.at)).toEqual([
      SNAPSHOT_DEBOUNCE_MS,
      SNAPSHOT_DEBOUNCE_MS + SNAPSHOT_INTERVAL_MS
    ])
  })

  it('does not let non-stop editing postpone a snapshot forever', async () => {
    const { scheduler, writes } = setup()
    for (let t = 0; t < SNAPSHOT_MAX_DEBOUNCE_MS + 5000; t += 1000) {
      scheduler.noteChange()
      await advance(1000)
    }
    expect(writes.map((w) => w.at)).toEqual([SNAPSHOT_MAX_DEBOUNCE_MS])
  })

  it('never writes twice at once, and snapshots changes made during a write afterwards', async () => {
    const { write, finish } = deferredWrites()
    const { scheduler, writes } = setup(write)
    scheduler.noteChange()
    await advance(SNAPSHOT_DEBOUNCE_MS)
    expect(writes).toHaveLength(1)
    scheduler.noteChange()
    const quit = scheduler.flush('quit')
    await advance(SNAPSHOT_INTERVAL_MS * 2)
    expect(writes).toHaveLength(1)
    finish()
    await advance(0)
    expect(writes.map((w) => w.reason)).toEqual(['change', 'quit'])
    finish()
    await expect(quit).resolves.toBe('written')
    await advance(SNAPSHOT_INTERVAL_MS * 2)
    expect(writes).toHaveLength(2)
  })

  it('writes at once on quit if anything changed, and says so when nothing did', async () => {
    const { scheduler, writes } = setup()
    await expect(scheduler.flush('quit')).resolves.toBe('unchanged')
    scheduler.noteChange()
    await expect(scheduler.flush('quit')).resolves.toBe('written')
    expect(writes).toEqual([{ at: 0, reason: 'quit' }])
    await expect(scheduler.flush('quit')).resolves.toBe('unchanged')
    await advance(SNAPSHOT_INTERVAL_MS)
    expect(writes).toHaveLength(1)
  })

  it('writes on a hidden tab only when the interval allows, else leaves the timer to it', async () => {
    const { scheduler, writes } = setup()
    await expect(scheduler.flushIfDue('change')).resolves.toBe('unchanged')
    // The first change needs no quiet time when the tab is hidden.
    scheduler.noteChange()
    await expect(scheduler.flushIfDue('change')).resolves.toBe('written')
    // Hidden, shown and changed, hidden again, many times within five minutes: no more writes.
    for (let i = 0; i < 10; i++) {
      await advance(10_000)
      scheduler.noteChange()
      await expect(scheduler.flushIfDue('change')).resolves.toBe('postponed')
    }
    expect(writes).toEqual([{ at: 0, reason: 'change' }])
    // The postponed changes are written when the interval is up, once.
    await advance(SNAPSHOT_INTERVAL_MS - 100_000)
    expect(writes.map((w) => w.at)).toEqual([0, SNAPSHOT_INTERVAL_MS])
    await advance(SNAPSHOT_INTERVAL_MS * 2)
    expect(writes).toHaveLength(2)
    scheduler.noteChange()
    await expect(scheduler.flushIfDue('change')).resolves.toBe('written')
    expect(writes).toHaveLength(3)
  })

  it('counts a write that chose not to snapshot as neither a snapshot nor a failure', async () => {
    let worthIt = false
    const { scheduler, writes, options } = setup(async () => (worthIt ? written() : ok(null)))
    scheduler.noteChange()
    await expect(scheduler.flush('quit')).resolves.toBe('skipped')
    await advance(SNAPSHOT_INTERVAL_MS * 2)
    expect(writes).toHaveLength(1)
    expect(options.onFailure).not.toHaveBeenCalled()
    worthIt = true
    scheduler.noteChange()
    await advance(SNAPSHOT_DEBOUNCE_MS)
    expect(writes).toHaveLength(2)
    expect(options.onRecovered).not.toHaveBeenCalled()
  })

  it('reports a run of failures once, retries after the next change, and says when it recovers', async () => {
    let healthy = false
    const { scheduler, writes, options } = setup(async () =>
      healthy ? written() : fail('io-error', 'the disk is full')
    )
    scheduler.noteChange()
    await advance(SNAPSHOT_DEBOUNCE_MS)
    expect(options.onFailure).toHaveBeenCalledWith({
      code: 'io-error',
      message: 'the disk is full'
    })
    await advance(SNAPSHOT_INTERVAL_MS * 2)
    expect(writes).toHaveLength(1)

    scheduler.noteChange()
    await advance(SNAPSHOT_DEBOUNCE_MS)
    expect(writes).toHaveLength(2)
    expect(options.onFailure).toHaveBeenCalledTimes(1)

    healthy = true
    scheduler.noteChange()
    await advance(SNAPSHOT_INTERVAL_MS)
    expect(writes).toHaveLength(3)
    expect(options.onRecovered).toHaveBeenCalledTimes(1)
    expect(options.onFailure).toHaveBeenCalledTimes(1)
  })

  it('still has the changes to write on quit after a failed snapshot', async () => {
    let healthy = false
    const { scheduler } = setup(async () => (healthy ? written() : fail('io-error', 'offline')))
    scheduler.noteChange()
    await advance(SNAPSHOT_DEBOUNCE_MS)
    healthy = true
    await expect(scheduler.flush('quit')).resolves.toBe('written')
  })

  it('treats a write that throws (no snapshot text) as a failure', async () => {
    const { scheduler, options } = setup(async () => {
      throw new Error('the database is closed')
    })
    scheduler.noteChange()
    await expect(scheduler.flush('quit')).resolves.toBe('failed')
    expect(options.onFailure).toHaveBeenCalledWith({
      code: 'internal',
      message: 'the database is closed'
    })
  })

  it('shows a low-space warning once', async () => {
    const { scheduler, options } = setup(async () => written('Space is running low'))
    for (let i = 0; i < 3; i++) {
      scheduler.noteChange()
      await scheduler.flush('quit')
    }
    expect(options.onWarning).toHaveBeenCalledTimes(1)
    expect(options.onWarning).toHaveBeenCalledWith('Space is running low')
  })

  it('stops for the session where snapshots are unsupported', async () => {
    const { scheduler, writes, options } = setup(async () =>
      fail('unsupported', 'no private file system')
    )
    scheduler.noteChange()
    await advance(SNAPSHOT_DEBOUNCE_MS)
    scheduler.noteChange()
    await advance(SNAPSHOT_INTERVAL_MS * 2)
    await expect(scheduler.flush('quit')).resolves.toBe('unchanged')
    expect(writes).toHaveLength(1)
    expect(options.onFailure).toHaveBeenCalledTimes(1)
  })

  it('leaves no timer behind when disposed', async () => {
    const { scheduler, writes } = setup()
    scheduler.noteChange()
    scheduler.dispose()
    expect(vi.getTimerCount()).toBe(0)
    await advance(SNAPSHOT_INTERVAL_MS)
    expect(writes).toEqual([])
  })
})
