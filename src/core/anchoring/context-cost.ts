/**
 * Edits (Levenshtein) between a stored context and the text beside a candidate span, aligned at
 * the span's edge and free at the far end: for the suffix, the fewest edits that turn `stored`
 * into some text starting at `at`; for the prefix, into some text ending at `at`. A word inserted
 * into the context then costs its length, as it should, instead of also shifting every char after
 * it out of a fixed-length window (which can make a span that swallows part of its context look
 * better than the true one). An empty stored side costs nothing; a side cut off by the text's
 * edge costs half its length: it neither confirms nor contradicts, as in scoreCandidate.
 */
export function contextCost(
  text: string,
  stored: string,
  at: number,
  side: 'prefix' | 'suffix'
): number {
  const m = stored.length
  if (m === 0) return 0
  const atEdge = side === 'prefix' ? at === 0 : at === text.length
  if (atEdge) return m / 2
  // Up to m extra chars of text: a context can have grown by at most that and still be near.
  const n = Math.min(2 * m, side === 'prefix' ? at : text.length - at)
  // Both read outwards from the span's edge, as plain arrays: this runs for every candidate.
  const outer = new Uint16Array(n)
  const inner = new Uint16Array(m)
  for (let j = 0; j < n; j++) {
    outer[j] = side === 'prefix' ? text.charCodeAt(at - 1 - j) : text.charCodeAt(at + j)
  }
  for (let i = 0; i < m; i++) {
    inner[i] = side === 'prefix' ? stored.charCodeAt(m - 1 - i) : stored.charCodeAt(i)
  }
  // Rows: chars of the stored context from the span's edge out; columns: text from the edge out.
  let prev = new Int32Array(n + 1)
  let cur = new Int32Array(n + 1)
  for (let j = 0; j <= n; j++) prev[j] = j
  for (let i = 1; i <= m; i++) {
    cur[0] = i
    const c = inner[i - 1]
    let left = i
    for (let j = 1; j <= n; j++) {
      const diagonal = (prev[j - 1] ?? 0) + (c === outer[j - 1] ? 0 : 1)
      const v = Math.min(diagonal, (prev[j] ?? 0) + 1, left + 1)
      cur[j] = v
      left = v
    }
    const swap = prev
    prev = cur
    cur = swap
  }
  // The whole stored context used, any length of text: free at the far end.
  let best = m
  for (let j = 0; j <= n; j++) best = Math.min(best, prev[j] ?? m)
  return best
}
