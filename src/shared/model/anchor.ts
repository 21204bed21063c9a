/** W3C Web Annotation TextQuoteSelector: the quoted text plus up to 32 chars of context each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the article's plain text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

/** Everything stored with an annotation to find its passage again after the text changes. */
export interface AnchorSelectors {
  quote: TextQuoteSelector
  position: TextPositionSelector
  /** `hashText` of the text the selectors were made on; tells us cheaply that nothing changed. */
  textHash: string
}

/**
 * - `exact`: the quote is verbatim at the returned span and its context (or position) confirms it.
 * - `drifted`: a span was found but the quote or its context changed; the user should look.
 * - `orphaned`: no span is good enough; we do not guess.
 */
export type AnchorStatus = 'exact' | 'drifted' | 'orphaned'

/**
 * Where an annotation lands in the current text.
 * For `orphaned`, `start` and `end` are -1 and `score` is 0, so that slicing with them is
 * obviously wrong rather than silently highlighting the old offsets.
 */
export interface AnchorResult {
  start: number
  end: number
  status: AnchorStatus
  /** Confidence in 0..1; 1 only for `exact`. */
  score: number
}
