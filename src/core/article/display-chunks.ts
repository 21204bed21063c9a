import { blockOffsets } from './plain-text'
import type { TextBlock, TextBlockKind } from '../../shared/model/text-model'

/**
 * Blocks longer than this many characters are shown as several elements. Laying out one
 * paragraph breaks all of its lines at once, so a 3 MB paragraph (a text file without blank
 * lines) cost seconds in one task, and `content-visibility` cannot skip part of an element.
 * Ordinary paragraphs are far shorter and are shown exactly as before.
 */
export const SPLIT_BLOCKS_OVER = 8_000
/** About how long each piece of a split block is (a screenful or two of text). */
export const CHUNK_CHARS = 4_000

/** One element of the reader: a whole block, or a piece of a long one. */
export interface DisplayChunk {
  /** Index of the block in the article. */
  block: number
  kind: TextBlockKind
  level?: number
  /** Start of `text` in the article's plain text. */
  start: number
  text: string
  /** Whether this piece starts its block and ends it (both for a block shown whole). */
  first: boolean
  last: boolean
}

const isSpace = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff

/**
 * Where to end a piece of `text` that starts at `from`: after a space at or before
 * `from + size` when there is one in its second half (so a word is never cut), else at
 * `from + size`, moved back one when that would split a surrogate pair.
 */
export function pieceEnd(text: string, from: number, size: number): number {
  const limit = from + size
  if (limit >= text.length) return text.length
  for (let at = limit; at > from + (size >> 1); at--) {
    if (isSpace(text.charCodeAt(at - 1))) return at
  }
  return isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit
}

/**
 * The article's blocks as the reader's elements: each block whole, except blocks longer than
 * `splitOver` characters, cut into pieces of about `size`. The pieces of a block put together
 * are exactly its text, and every piece knows its start in the plain text, so offsets (anchors,
 * selections, highlights) mean the same whether or not a block was split.
 */
export function displayChunks(
  blocks: readonly TextBlock[],
  splitOver = SPLIT_BLOCKS_OVER,
  size = CHUNK_CHARS
): DisplayChunk[] {
  if (size < 2) throw new Error('pieces must be at least two characters long')
  const offsets = blockOffsets(blocks)
  const chunks: DisplayChunk[] = []
  blocks.forEach((block, i) => {
    const base = offsets[i]!
    const shape = {
      block: i,
      kind: block.kind,
      ...(block.level === undefined ? {} : { level: block.level })
    }
    if (block.text.length <= splitOver) {
      chunks.push({ ...shape, start: base, text: block.text, first: true, last: true })
      return
    }
    for (let from = 0; from < block.text.length;) {
      const to = pieceEnd(block.text, from, size)
      chunks.push({
        ...shape,
        start: base + from,
        text: block.text.slice(from, to),
        first: from === 0,
        last: to === block.text.length
      })
      from = to
    }
  })
  return chunks
}
