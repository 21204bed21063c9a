/** Time one chunk of work may take in a task, in ms: well under the 50 ms of a long task. */
export const CHUNK_BUDGET_MS = 12

/**
 * The size of the next chunk of work, from how long the last one took: scaled so a chunk takes
 * about `budget` ms, at most doubled at a time, within [min, max]. Work split this way adapts to
 * the machine and to its load (a busy CPU makes each chunk slower, so the next ones smaller).
 */
export function nextChunkSize(
  size: number,
  elapsedMs: number,
  { budget = CHUNK_BUDGET_MS, min = 10, max = 400 } = {}
): number {
  const scaled = elapsedMs > 0 ? Math.floor((size * budget) / elapsedMs) : size * 2
  return Math.max(min, Math.min(max, size * 2, scaled))
}
