import type { Node as PMNode } from '@tiptap/pm/model'

/** Stands for an inline atom (a cited quote): one character, so offsets map 1:1 to positions. */
export const OBJECT_CHARACTER = '\uFFFC'

/**
 * The text of a textblock for lint and search: text as is, a hard break as a line break and any
 * other inline leaf as one object character. Every inline node counts as its size in positions,
 * so document position = block position + 1 + offset.
 */
export function textblockText(block: PMNode): string {
  return block.textBetween(0, block.content.size, undefined, (leaf) =>
    leaf.type.name === 'hardBreak' ? '\n' : OBJECT_CHARACTER
  )
}

/** Every textblock of a document with the position of its first character. */
export function textblocksOf(doc: PMNode): Array<{ node: PMNode; start: number }> {
  const blocks: Array<{ node: PMNode; start: number }> = []
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    blocks.push({ node, start: pos + 1 })
    return false
  })
  return blocks
}
