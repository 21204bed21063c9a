/**
 * Writes the app holds back or has in flight (a long note's deferred autosave, a comment being
 * typed) register how to finish them here. Before the window closes, the app quits or a quit
 * snapshot is taken, `flushPendingWrites` finishes all of them, so the snapshot holds the last
 * keystroke and closing loses nothing.
 */
type Flush = () => Promise<void>

const flushers = new Set<Flush>()

/** Registers a flusher; the returned function unregisters it. */
export function registerPendingWrites(flush: Flush): () => void {
  flushers.add(flush)
  return () => void flushers.delete(flush)
}

/**
 * Finishes every registered write; resolves when all are stored. A failing flusher does not stop
 * the others (each reports its own failure), and the rejection is not passed on: closing goes on.
 */
export async function flushPendingWrites(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()))
}
