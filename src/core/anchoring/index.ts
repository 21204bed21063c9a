// Re-anchoring of annotations on an article's plain text (see docs/anchoring-fixtures.md and
// the "Anchored annotations" section of the domain notes). Pure: no DOM, no Node APIs.
export type {
  AnchorResult,
  AnchorSelectors,
  AnchorStatus,
  TextPositionSelector,
  TextQuoteSelector
} from './anchor-types'
export { anchor } from './anchor'
export { ANCHOR_POLICY, errorBudget } from './anchor-policy'
export { createAnchorer, type Anchorer } from './create-anchorer'
export { describe } from './describe'
export { editDistance, similarity } from './edit-distance'
export { hashText } from './hash-text'
