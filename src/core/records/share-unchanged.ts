/** Whether two values of plain data (what IndexedDB stores: JSON-like, no cycles) are equal. */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    return a.every((x, i) => samePlainData(x, b[i]))
  }
  if (Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  const ob = b as Record<string, unknown>
  return ka.every(
    (k) => Object.hasOwn(ob, k) && samePlainData((a as Record<string, unknown>)[k], ob[k])
  )
}

/**
 * `next` with every record equal to the one of the same id in `previous` replaced by that earlier
 * object, and `previous` itself when nothing changed. A live query answers with fresh copies of
 * every record on each change: shared this way, one edited record re-renders only what shows it
 * (memoised components compare by identity), not every card and pane that got a copy.
 */
export function shareUnchanged<T extends { id: string }>(
  previous: T[] | undefined,
  next: T[]
): T[] {
  if (!previous) return next
  const before = new Map(previous.map((r) => [r.id, r]))
  let changed = previous.length !== next.length
  const shared = next.map((r, i) => {
    const old = before.get(r.id)
    const kept = old !== undefined && samePlainData(old, r) ? old : r
    if (kept !== previous[i]) changed = true
    return kept
  })
  return changed ? shared : previous
}
