/**
 * Levenshtein distance between `a` and `b` (UTF-16 code units), or `max + 1` as soon as it is
 * known to exceed `max`. Only a diagonal band of width 2·max+1 is computed, so a bounded call
 * costs O(length · max) instead of O(length²).
 */
export function editDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  if (a === b) return 0
  const n = a.length
  const m = b.length
  const limit = Math.min(max, Math.max(n, m))
  const over = limit + 1
  if (Math.abs(n - m) > limit) return max + 1
  let prev = new Int32Array(m + 2)
  let cur = new Int32Array(m + 2)
  for (let j = 0; j <= m + 1; j++) prev[j] = j <= limit ? j : over
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - limit)
    const hi = Math.min(m, i + limit)
    cur[lo - 1] = lo === 1 && i <= limit ? i : over
    let rowMin = cur[lo - 1] ?? over
    const ca = a.charCodeAt(i - 1)
    for (let j = lo; j <= hi; j++) {
      const diagonal = (prev[j - 1] ?? over) + (ca === b.charCodeAt(j - 1) ? 0 : 1)
      const up = (prev[j] ?? over) + 1
      const left = (cur[j - 1] ?? over) + 1
      const v = Math.min(diagonal, up, left, over)
      cur[j] = v
      if (v < rowMin) rowMin = v
    }
    // The next row reads one cell past this row's band; it must look unreachable.
    cur[hi + 1] = over
    if (rowMin > limit) return max + 1
    const swap = prev
    prev = cur
    cur = swap
  }
  const d = prev[m] ?? over
  return d > limit ? max + 1 : d
}

// Bit masks of where each char occurs in the current short pattern; reset after every use.
const asciiMasks = new Int32Array(256)
const otherMasks = new Map<number, number>()

/**
 * Levenshtein distance when `pattern` has at most 32 chars: Myers' bit-parallel algorithm in
 * Hyyrö's formulation for whole-string distance, one 32-bit word per column. Context strings
 * are 32 chars, and scoring compares many of them, so this is the hot path.
 */
function shortEditDistance(pattern: string, text: string): number {
  const m = pattern.length
  if (m === 0) return text.length
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i)
    if (c < 256) asciiMasks[c] = (asciiMasks[c] ?? 0) | (1 << i)
    else otherMasks.set(c, (otherMasks.get(c) ?? 0) | (1 << i))
  }
  const last = 1 << (m - 1)
  let pv = -1
  let mv = 0
  let score = m
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j)
    const eq = c < 256 ? (asciiMasks[c] ?? 0) : (otherMasks.get(c) ?? 0)
    const xv = eq | mv
    const xh = (((eq & pv) + pv) ^ pv) | eq
    let ph = mv | ~(xh | pv)
    let mh = pv & xh
    if (ph & last) score += 1
    else if (mh & last) score -= 1
    // Whole-string distance: the top row of the matrix grows by one per text char.
    ph = (ph << 1) | 1
    mh = mh << 1
    pv = mh | ~(xv | ph)
    mv = ph & xv
  }
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i)
    if (c < 256) asciiMasks[c] = 0
  }
  otherMasks.clear()
  return score
}

/** Similarity in 0..1 of two strings: 1 − edit distance / length of the longer one. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length)
  if (longest === 0) return 1
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  const distance = short.length <= 32 ? shortEditDistance(short, long) : editDistance(a, b)
  return 1 - distance / longest
}
