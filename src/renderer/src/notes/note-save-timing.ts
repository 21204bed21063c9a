import type { DeferTiming } from './deferred-saver'

/** Positions per millisecond of waiting: see noteSaveTiming. */
const POSITIONS_PER_QUIET_MS = 1_000
/**
 * The brief's promise is that every change is stored within 500 ms. A change is handed to the
 * writer at most 400 ms after it was made, which leaves 100 ms for the write of even a
 * 5,000-paragraph note (bench/notes: about 60 ms of main-thread work and IndexedDB's commit).
 */
const MAX_SAVE_WAIT_MS = 400
const MAX_QUIET_MS = 300

/**
 * When a note of `size` ProseMirror positions is written after a change. Writing costs the main
 * thread about 1 ms per 10,000 positions (serialising, IndexedDB's clone, the notes list reading
 * it back), so a long note waits for a short pause in typing before it is written: a short note
 * is written at once, a 5,000-paragraph one (600,000 positions) after 0.3 s without a key, and
 * every 0.4 s while typing goes on, so no change waits longer than that.
 */
export function noteSaveTiming(size: number): DeferTiming {
  return {
    quietMs: Math.min(MAX_QUIET_MS, Math.round(size / POSITIONS_PER_QUIET_MS)),
    maxWaitMs: MAX_SAVE_WAIT_MS
  }
}
