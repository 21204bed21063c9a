/** Longest pattern `contextDistances` takes: one 32-bit word of Myers' bit-vector algorithm. */
export const MAX_CONTEXT_PATTERN = 32

/**
 * For every end offset e in (lo, hi], the fewest edits (Levenshtein) that turn `pattern` into
 * some substring of `text` ending at e and starting at or after lo: `result[e - lo - 1]`.
 * Myers' bit-vector algorithm with a free start (Sellers' semantics), one machine word since a
 * stored context is at most 32 chars, so the cost is O(hi − lo) whatever the error count.
 */
export function contextDistances(
  text: string,
  lo: number,
  hi: number,
  pattern: string
): Int32Array {
  const m = pattern.length
  if (m === 0 || m > MAX_CONTEXT_PATTERN) {
    throw new RangeError(`pattern of ${m} chars: contextDistances takes 1–32`)
  }
  const peq = new Map<number, number>()
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i)
    peq.set(c, ((peq.get(c) ?? 0) | (1 << i)) >>> 0)
  }
  const high = (1 << (m - 1)) >>> 0
  const mask = m === 32 ? 0xffffffff : ((1 << m) >>> 0) - 1
  let pv = mask
  let mv = 0
  let score = m
  const out = new Int32Array(Math.max(0, hi - lo))
  for (let j = lo; j < hi; j++) {
    const eq = peq.get(text.charCodeAt(j)) ?? 0
    const xv = (eq | mv) >>> 0
    const xh = ((((((eq & pv) >>> 0) + pv) >>> 0) ^ pv) | eq) >>> 0
    let ph = (mv | ~(xh | pv)) >>> 0
    let mh = (pv & xh) >>> 0
    if (ph & high) score += 1
    else if (mh & high) score -= 1
    // No carry-in of 1 at the bottom: a match may start anywhere (free start).
    ph = (ph << 1) >>> 0
    mh = (mh << 1) >>> 0
    pv = (mh | ~(xv | ph)) & mask
    pv >>>= 0
    mv = (ph & xv & mask) >>> 0
    out[j - lo] = score
  }
  return out
}
