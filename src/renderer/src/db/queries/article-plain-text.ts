import { plainText } from '@core/article/plain-text'
import type { TextBlock } from '@shared/model/text-model'

// Stored articles' blocks are never changed in place (a write stores new blocks), so their text
// can be kept per blocks array; the entry goes when the blocks do.
const known = new WeakMap<readonly TextBlock[], string>()

/**
 * `plainText(blocks)` of an article read from the database, joined once: the reader, the
 * annotations pane, the anchorer and the event suggester each joined it again, three joins of
 * 60 MB (130 ms) in the one render that shows a large article.
 */
export function articlePlainText(blocks: readonly TextBlock[]): string {
  let text = known.get(blocks)
  if (text === undefined) {
    text = plainText(blocks)
    known.set(blocks, text)
  }
  return text
}

/** Records the text the article reader received with the blocks (it is `plainText(blocks)`). */
export function rememberArticlePlainText(blocks: readonly TextBlock[], text: string): void {
  known.set(blocks, text)
}
