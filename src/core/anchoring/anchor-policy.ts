/**
 * The thresholds of re-anchoring, in one place because they only make sense together.
 * Similarities are 1 − Levenshtein distance / length. Two unrelated 32-char windows of English
 * news text score about 0.16 (median) and 0.34 (99th percentile), so a context at 0.5 or above
 * is real evidence and one at 0.75 or above is the same context with light edits.
 */
export const ANCHOR_POLICY = {
  /** Chars of prefix and suffix stored around each quote. */
  contextLength: 32,
  /** Share of the quote's length a found span may differ from it by. */
  errorRate: 0.25,
  /** Score weights (sum 1), as in Hypothesis' match-quote, but position is more than a tie-break. */
  quoteWeight: 0.5,
  prefixWeight: 0.2,
  suffixWeight: 0.2,
  positionWeight: 0.1,
  /** Distance (chars) from the old position at which the position score halves. */
  positionScale: 1024,
  /**
   * Below this score a candidate is not returned: the anchor is orphaned, never a guess. Beyond
   * the first window the bar is higher: a passage that moved far keeps its context and mostly its
   * words, while searching the whole text offers many more chances of a chance look-alike.
   */
  nearMinScore: 0.75,
  farMinScore: 0.85,
  /**
   * Each side of the context must be at least `nearContextFloor` similar, or the candidate is a
   * look-alike. Near the old position (inside the first window) that evidence suffices; farther
   * away the passage must have kept its context, as a moved paragraph does, while a look-alike
   * sentence elsewhere shares at most a few template words of it: the two sides together must be
   * at least `farContextFloor` similar (one word inserted into one side costs that side a third
   * of its chars, and edits before the passage can carry it beyond the first window). Such a far
   * candidate with one side below `farContextFloor` never outranks a bracket (see find-bracket)
   * near the old position.
   */
  nearContextFloor: 0.5,
  farContextFloor: 0.75,
  /**
   * A side of the context at least this similar agrees. A verbatim quote is `exact` at its old
   * position when one side agrees, near it when every stored side agrees, and farther away when
   * every stored side is at least `farExactContext` similar. Near the old position, a verbatim
   * quote with only one side agreeing is still acceptable (as `drifted`).
   */
  contextAgree: 0.8,
  farExactContext: 0.9,
  /** The first search window spans the old position ± (quote length + this). */
  firstWindowSlack: 256,
  /** Each further window is this many times wider, until it covers the whole text. */
  windowGrowth: 8,
  /**
   * Finding a quote between its context (find-bracket.ts), when the quote itself changed beyond
   * the error budget: each side must be at least this similar to its stored text (4 edits in 32
   * chars: light edits, where two unrelated windows score 0.34 at most)…
   */
  bracketContext: 0.85,
  /** …the span between may differ from the quote by at most this share of its length… */
  bracketMaxChange: 0.5,
  /** …and both sides must lie within the old position ± (quote length + this many chars). */
  bracketWindowSlack: 1024,
  /**
   * A side of the context no more similar than two unrelated 32-char windows of news text (0.34
   * at most): only then does it disown the paragraph of a multi-paragraph quote beside it (see
   * `vouched` in anchor.ts). One word inserted into a side costs it about a third of its chars,
   * so the near floor (0.5) would take an edited context for an unrelated one.
   */
  unrelatedContext: 0.35,
  /** Approximate searches allowed per anchor; past it we orphan rather than explore forever. */
  maxSearches: 48
} as const

/** Most edits (Levenshtein) a returned span may differ from a quote by: 25% of it, rounded down. */
export function errorBudget(quoteLength: number): number {
  return Math.floor(quoteLength * ANCHOR_POLICY.errorRate)
}
