import type {
  AnchorResult,
  TextQuoteSelector,
  TextPositionSelector
} from '../../../shared/model/anchor'
import type { AnnotationRecord } from '../../../shared/model/annotation'
import type { Anchorer } from '../../anchoring/create-anchorer'

/** Where an annotation sits in the article's current text, and the selectors that say so. */
export interface Placement {
  anchor: AnchorResult
  selector: (TextQuoteSelector | TextPositionSelector)[]
  /** false when the article's text was not in the export, so the stored selectors are used. */
  checked: boolean
}

const spanFits = (a: AnchorResult, length: number): boolean =>
  Number.isInteger(a.start) &&
  Number.isInteger(a.end) &&
  a.start >= 0 &&
  a.start < a.end &&
  a.end <= length

/**
 * The stored anchor when it was computed on this very text (same hash, span inside it), otherwise
 * a fresh anchoring of the stored selectors, so an export never describes stale offsets. Exact and
 * drifted anchors give a TextQuoteSelector (32 chars of context) and a TextPositionSelector of the
 * span now; orphaned ones only the quote as annotated — a position would be an invention.
 */
export function placeAnnotation(
  annotation: AnnotationRecord,
  anchorer: Anchorer | null
): Placement {
  if (anchorer === null) {
    const { quote, position } = annotation.selectors
    const orphaned = annotation.anchor.status === 'orphaned'
    return {
      anchor: annotation.anchor,
      selector: orphaned ? [quote] : [quote, position],
      checked: false
    }
  }
  const stored = annotation.anchor
  const current =
    stored.textHash === anchorer.textHash &&
    (stored.status === 'orphaned' || spanFits(stored, anchorer.text.length))
      ? stored
      : anchorer.anchor(annotation.selectors)
  const anchor: AnchorResult = {
    start: current.start,
    end: current.end,
    status: current.status,
    score: current.score
  }
  if (anchor.status === 'orphaned' || !spanFits(anchor, anchorer.text.length)) {
    return {
      anchor: { start: -1, end: -1, status: 'orphaned', score: 0 },
      selector: [annotation.selectors.quote],
      checked: true
    }
  }
  const { quote, position } = anchorer.describe(anchor.start, anchor.end)
  return { anchor, selector: [quote, position], checked: true }
}
