import { BLOCK_SEPARATOR, type TextBlock } from '../../shared/model/text-model'

/** The article's plain text: the string every anchor offset refers to. */
export function plainText(blocks: readonly TextBlock[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR)
}

/** Start offset of each block in `plainText(blocks)`. */
export function blockOffsets(blocks: readonly TextBlock[]): number[] {
  const offsets: number[] = []
  let at = 0
  for (const block of blocks) {
    offsets.push(at)
    at += block.text.length + BLOCK_SEPARATOR.length
  }
  return offsets
}

/** Collapses runs of white space the way a reader sees them, so offsets are stable. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim()
}
