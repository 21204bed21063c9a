import type { Node as PMNode } from '@tiptap/pm/model'
import { isChunked } from './rebalance-chunks'

/**
 * A document's top-level blocks as the note is stored: a long note's chunks looked through. The
 * nodes themselves, not copies, so blocks a change did not touch are the same objects before and
 * after it (what the note journal compares).
 */
export function noteBlocks(doc: PMNode): PMNode[] {
  const blocks: PMNode[] = []
  if (isChunked(doc)) doc.forEach((chunk) => chunk.forEach((block) => blocks.push(block)))
  else doc.forEach((block) => blocks.push(block))
  return blocks
}
