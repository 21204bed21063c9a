/**
 * Converts UTF-16 offsets (what JavaScript strings and the app's anchors count) into Unicode code
 * point offsets (what the W3C Web Annotation model's TextPositionSelector counts: "characters").
 * The two differ after every character outside the Basic Multilingual Plane — an emoji, many CJK
 * ideographs, mathematical letters — which JavaScript stores as two units. Combining marks are
 * code points of their own in both counts, so "é" written as e + U+0301 is two in each.
 *
 * Returns the converter for one text; a text with no surrogate pairs converts by identity.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return (offset) => offset
  // Offsets of the low surrogates of pairs, ascending: each one before an offset is one unit
  // that is not a code point of its own.
  const lows: number[] = []
  for (let i = 1; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      const before = text.charCodeAt(i - 1)
      if (before >= 0xd800 && before <= 0xdbff) lows.push(i)
    }
  }
  return (offset) => {
    // Count the low surrogates strictly before `offset` by binary search.
    let lo = 0
    let hi = lows.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (lows[mid]! < offset) lo = mid + 1
      else hi = mid
    }
    return offset - lo
  }
}
