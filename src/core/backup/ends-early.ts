/**
 * True when `text` reads as the beginning of a JSON document that stops before its end: an
 * object or array still open, or a string still open, when the text runs out. JSON.parse only
 * says "unexpected end" in engine-specific words, so this decides whether a file that failed to
 * parse was cut off (a copy or download that stopped) or was never JSON at all.
 */
export function endsEarly(text: string): boolean {
  let depth = 0
  let inString = false
  let escaped = false
  let sawOpen = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (escaped) escaped = false
      else if (c === 0x5c /* \ */) escaped = true
      else if (c === 0x22 /* " */) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++
      sawOpen = true
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--
      // More closed than opened: broken, not cut short.
      if (depth < 0) return false
    }
  }
  return sawOpen && (depth > 0 || inString)
}
