interface JsonNode {
  type?: string
  text?: string
  attrs?: Record<string, unknown>
  content?: JsonNode[]
}

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'listItem',
  'taskItem',
  'tableRow',
  'eventCard',
  'liveBlock',
  'horizontalRule'
])

/**
 * A stored note document as plain lines, for the revision preview: readable whatever editor
 * schema it was saved under, since it only walks the JSON.
 */
export function docPreview(doc: unknown): { kind: string; text: string }[] {
  const lines: { kind: string; text: string }[] = []
  const walk = (node: JsonNode): string => {
    if (node.text) return node.text
    if (node.type === 'citedQuote') return `“${String(node.attrs?.quote ?? '')}”`
    if (node.type === 'eventCard') return `[event ${String(node.attrs?.eventId ?? '')}]`
    if (node.type === 'liveBlock') return `[${String(node.attrs?.kind ?? 'live')} block]`
    const inner = (node.content ?? []).map(walk)
    if (node.type && BLOCKS.has(node.type)) {
      const text = inner.join('').trim()
      if (text || node.type === 'horizontalRule')
        lines.push({
          kind: node.type === 'heading' ? `h${String(node.attrs?.level ?? 2)}` : node.type,
          text
        })
      return ''
    }
    return inner.join(node.type === 'tableCell' || node.type === 'tableHeader' ? ' | ' : '')
  }
  if (doc && typeof doc === 'object') walk(doc as JsonNode)
  return lines
}
