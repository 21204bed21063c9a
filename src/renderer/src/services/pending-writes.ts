import { useEffect } from 'react'

/**
 * Writes the app holds back or has in flight (a long note's deferred autosave, a comment being
 * typed) register how to finish them here. Before the window closes, the app quits or a restore
 * replaces the data, `flushPendingWrites` finishes all of them, so the snapshot holds the last
 * keystroke and closing loses nothing.
 */
type Flush = () => Promise<void>

const flushers = new Set<Flush>()
/** Final writes started as an editor closed (after its flusher was unregistered). */
const inFlight = new Set<Promise<unknown>>()

/**
 * Longest wait for the writes: a write that never settles (a database blocked by another tab)
 * must not keep the app from quitting or leave a restore dialog stuck. Main gives a quit 5 s.
 */
export const FLUSH_TIMEOUT_MS = 3_000

/** Registers a flusher; the returned function unregisters it. */
export function registerPendingWrites(flush: Flush): () => void {
  flushers.add(flush)
  return () => void flushers.delete(flush)
}

/** Counts a write already started (an editor's last flush as it closes) until it settles. */
export function trackWrite(write: Promise<unknown>): void {
  const forget = (): void => void inFlight.delete(settled)
  const settled: Promise<void> = write.then(forget, forget)
  inFlight.add(settled)
}

/**
 * Finishes every registered write and waits for the tracked ones; resolves when all are stored,
 * or after FLUSH_TIMEOUT_MS. Never rejects: a flusher that throws or rejects does not stop the
 * others (each reports its own failure), and closing or restoring goes on.
 */
export async function flushPendingWrites(timeoutMs = FLUSH_TIMEOUT_MS): Promise<void> {
  // Promise.resolve().then: a flusher that throws synchronously becomes a rejection here.
  const all = Promise.allSettled([
    ...[...flushers].map((flush) => Promise.resolve().then(flush)),
    ...inFlight
  ])
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))
  await Promise.race([all, timeout])
  clearTimeout(timer)
}

let epoch = 0

/** The generation of the data: a restore starts a new one. */
export function dataEpoch(): number {
  return epoch
}

/**
 * Called as a restore begins, after flushPendingWrites: writers created before it (an editor
 * still mounted over the old data) drop what they would write later, instead of writing it over
 * the restored records that share its ids.
 */
export function startDataEpoch(): void {
  epoch++
}

/**
 * Keeps an editor's held-back writes safe while it is mounted: flushed when the page is hidden or
 * unloaded, awaited before a quit snapshot or a restore, and flushed (and still awaited) as the
 * editor closes. `flush` must be stable (a saver's, memoised per record).
 */
export function usePendingFlush(flush: () => Promise<void>): void {
  useEffect(() => {
    const now = (): void => void flush()
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') now()
    }
    window.addEventListener('pagehide', now)
    window.addEventListener('beforeunload', now)
    document.addEventListener('visibilitychange', onHidden)
    const unregister = registerPendingWrites(flush)
    return () => {
      unregister()
      window.removeEventListener('pagehide', now)
      window.removeEventListener('beforeunload', now)
      document.removeEventListener('visibilitychange', onHidden)
      trackWrite(flush())
    }
  }, [flush])
}
