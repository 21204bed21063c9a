import type { AnchorResult, AnchorSelectors } from './anchor-types'
import { anchor } from './anchor'
import { describe } from './describe'
import { hashText } from './hash-text'

/** `describe` and `anchor` bound to one text, hashing it once however many spans are handled. */
export interface Anchorer {
  readonly text: string
  /** `hashText(text)`, computed on first use. */
  readonly textHash: string
  describe(start: number, end: number): AnchorSelectors
  anchor(selectors: AnchorSelectors): AnchorResult
}

/** Binds `describe` and `anchor` to `text`, e.g. to re-anchor all annotations of an article. */
export function createAnchorer(text: string): Anchorer {
  let hash: string | undefined
  const textHash = (): string => (hash ??= hashText(text))
  return {
    text,
    get textHash() {
      return textHash()
    },
    describe: (start, end) => describe(text, start, end, textHash()),
    anchor: (selectors) => anchor(text, selectors, textHash())
  }
}
