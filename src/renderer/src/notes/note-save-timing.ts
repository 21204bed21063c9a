import type { DeferTiming } from './deferred-saver'

/** Positions per millisecond of waiting: see noteSaveTiming. */
const POSITIONS_PER_QUIET_MS = 1_000
const MAX_QUIET_MS = 1_000
const MAX_WAIT_MS = 5_000

/**
 * When a note of `size` ProseMirror positions is written after a change. Writing costs the main
 * thread about 1 ms per 10,000 positions (serialising, IndexedDB's clone, the notes list reading
 * it back), so waiting for a pause ten times that long keeps saving to about a tenth of the time
 * while one types: a short note is written at once, as before, a 5,000-paragraph one (600,000
 * positions) after 0.6 s without a key, and every 5 s while typing goes on.
 */
export function noteSaveTiming(size: number): DeferTiming {
  return {
    quietMs: Math.min(MAX_QUIET_MS, Math.round(size / POSITIONS_PER_QUIET_MS)),
    maxWaitMs: MAX_WAIT_MS
  }
}
