import type { NoteJSONNode } from '../notes/note-json'

// Inline nodes whose text is not in a `text` child: a cited quote carries its quote in attrs.
const INLINE_ATOMS = new Set(['citedQuote', 'hardBreak'])

function isNode(value: unknown): value is NoteJSONNode {
  return (
    typeof value === 'object' && value !== null && typeof (value as NoteJSONNode).type === 'string'
  )
}

function children(node: NoteJSONNode): NoteJSONNode[] {
  return Array.isArray(node.content) ? node.content.filter(isNode) : []
}

function inlineText(node: NoteJSONNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'hardBreak') return ' '
  if (node.type === 'citedQuote') return `“${String(node.attrs?.['quote'] ?? '')}”`
  return children(node).map(inlineText).join('')
}

function collectBlocks(node: NoteJSONNode, out: string[]): void {
  const kids = children(node)
  if (kids.some((k) => typeof k.text === 'string' || INLINE_ATOMS.has(k.type))) {
    out.push(inlineText(node))
    return
  }
  for (const kid of kids) collectBlocks(kid, out)
}

/**
 * The searchable text of a stored note document: one line per text block (unlike `nodeText`,
 * which runs blocks together and would glue the last word of a heading to the next paragraph),
 * cited quotes included. Anything that is not a document gives ''.
 */
export function noteSearchText(doc: unknown): string {
  if (!isNode(doc)) return ''
  const blocks: string[] = []
  collectBlocks(doc, blocks)
  return blocks.filter((b) => b.trim() !== '').join('\n')
}
