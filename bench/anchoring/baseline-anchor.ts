// The baseline: how the Hypothesis client re-anchors a quote (src/annotator/anchoring/html.ts
// and match-quote.ts, re-implemented here, not copied). It first accepts the stored position if
// the quote is still there; otherwise it looks for verbatim occurrences and, failing those,
// searches the WHOLE text with approx-string-match allowing min(256, quote length / 2) errors,
// scores every best match by quote (50), prefix (20), suffix (20) and position (2) similarity,
// and returns the highest-scoring one. There is no minimum score: whatever wins is returned.
import search from 'approx-string-match'
import type { AnchorSelectors } from '@core/anchoring'

/** A baseline anchor: a span and its score, or null when not even one match was found. */
export interface BaselineMatch {
  start: number
  end: number
  score: number
}

interface Match {
  start: number
  end: number
  errors: number
}

function findMatches(text: string, pattern: string, maxErrors: number): Match[] {
  const exact: Match[] = []
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 })
  }
  return exact.length > 0 ? exact : search(text, pattern, maxErrors)
}

// Hypothesis scores context by the best approximate occurrence of it in the adjacent text.
function contextScore(adjacent: string, context: string): number {
  if (context.length === 0 || adjacent.length === 0) return 0
  const best = findMatches(adjacent, context, context.length)[0]
  return best === undefined ? 0 : 1 - best.errors / context.length
}

/** Re-anchors like the Hypothesis client: best-scoring candidate, no minimum score. */
export function baselineAnchor(text: string, selectors: AnchorSelectors): BaselineMatch | null {
  const { exact, prefix, suffix } = selectors.quote
  if (exact.length === 0) return null
  const hint = selectors.position.start
  if (text.slice(hint, selectors.position.end) === exact) {
    return { start: hint, end: selectors.position.end, score: 1 }
  }
  const matches = findMatches(text, exact, Math.min(256, exact.length / 2))
  let best: BaselineMatch | null = null
  for (const m of matches) {
    const quoteScore = 1 - m.errors / exact.length
    const prefixScore = prefix
      ? contextScore(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix)
      : 1
    const suffixScore = suffix ? contextScore(text.slice(m.end, m.end + suffix.length), suffix) : 1
    const positionScore = 1 - Math.abs(m.start - hint) / text.length
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92
    if (best === null || score > best.score) best = { start: m.start, end: m.end, score }
  }
  return best
}
