import type { AnchorSelectors, AnchorStatus } from './anchor-types'
import { createAnchorer } from './create-anchorer'

export interface ReanchorItem {
  id: string
  selectors: AnchorSelectors
}

export interface ReanchorOutcome {
  id: string
  status: AnchorStatus
  score: number
  start: number
  end: number
  /** The quote as it was made. */
  oldText: string
  /** What the anchor covers in the new text ('' when orphaned). */
  newText: string
}

/** Re-anchors every item on a new version of the text, for the revision report. */
export function reanchorArticle(
  newText: string,
  items: readonly ReanchorItem[]
): {
  textHash: string
  outcomes: ReanchorOutcome[]
} {
  const anchorer = createAnchorer(newText)
  const outcomes = items.map(({ id, selectors }) => {
    const r = anchorer.anchor(selectors)
    return {
      id,
      ...r,
      oldText: selectors.quote.exact,
      newText: r.status === 'orphaned' ? '' : newText.slice(r.start, r.end)
    }
  })
  return { textHash: anchorer.textHash, outcomes }
}
