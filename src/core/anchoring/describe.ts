import type { AnchorSelectors } from './anchor-types'
import { ANCHOR_POLICY } from './anchor-policy'
import { hashText } from './hash-text'

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/**
 * Selectors for `text[start, end)`: quote with 32 chars of context each side, position, text hash.
 * Pass `textHash` (from `hashText`) when describing many spans of one text; `createAnchorer` does.
 */
export function describe(
  text: string,
  start: number,
  end: number,
  textHash: string = hashText(text)
): AnchorSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new RangeError(`span [${start}, ${end}) is not inside a text of length ${text.length}`)
  }
  if (start >= end) throw new RangeError(`span [${start}, ${end}) is empty: nothing to anchor`)
  let prefixStart = Math.max(0, start - ANCHOR_POLICY.contextLength)
  let suffixEnd = Math.min(text.length, end + ANCHOR_POLICY.contextLength)
  // Never cut a surrogate pair in the context: a lone half would not survive every storage layer.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd)
    },
    position: { type: 'TextPositionSelector', start, end },
    textHash
  }
}
