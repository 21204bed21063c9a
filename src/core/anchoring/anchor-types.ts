// The selector and result types are part of the stored model, so they live in src/shared.
export type {
  AnchorResult,
  AnchorSelectors,
  AnchorStatus,
  TextPositionSelector,
  TextQuoteSelector
} from '../../shared/model/anchor'
