/** How long quitting waits for snapshot files still being written before it goes anyway. */
export const WRITE_CAP_MS = 60_000

export interface PendingWrites {
  /** Keeps `write` until it settles; returns it. */
  track: <T>(write: Promise<T>) => Promise<T>
  /** Whether any write is still running. */
  busy: () => boolean
  /** Resolves when every write running now has settled, or after `capMs`; true if all settled. */
  settled: (capMs?: number) => Promise<boolean>
}

/**
 * The snapshot files the main process is writing. Quitting waits for them (will-quit, index.ts):
 * a quit that ended the process in the middle of writing lost the final snapshot, with only a
 * line in the log to say so.
 */
export function createPendingWrites(
  // Unref'd: the cap must never be what keeps a quitting process alive.
  setTimer: (callback: () => void, ms: number) => unknown = (callback, ms) =>
    setTimeout(callback, ms).unref()
): PendingWrites {
  const running = new Set<Promise<unknown>>()
  return {
    track: (write) => {
      const settle = write.then(
        () => undefined,
        () => undefined
      )
      running.add(settle)
      void settle.then(() => running.delete(settle))
      return write
    },
    busy: () => running.size > 0,
    settled: (capMs = WRITE_CAP_MS) =>
      Promise.race([
        Promise.all([...running]).then(() => true),
        new Promise<boolean>((resolve) => setTimer(() => resolve(false), capMs))
      ])
  }
}
