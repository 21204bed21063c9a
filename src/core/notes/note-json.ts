/**
 * Tiptap/ProseMirror JSON, typed without importing the editor (core stays free of it). The shape is
 * the same for every note schema version; what changes between versions is which `type`s and
 * attrs appear.
 */

export interface NoteJSONMark {
  type: string
  attrs?: Record<string, unknown>
}

export interface NoteJSONNode {
  type: string
  attrs?: Record<string, unknown>
  content?: NoteJSONNode[]
  marks?: NoteJSONMark[]
  text?: string
}

/** A whole note document: the root node is always `doc`. */
export interface NoteDoc extends NoteJSONNode {
  type: 'doc'
  content: NoteJSONNode[]
}

/** An empty note: one empty paragraph, as the editor creates it. */
export function emptyNoteDoc(): NoteDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}

export function text(value: string, marks?: NoteJSONMark[]): NoteJSONNode {
  return marks ? { type: 'text', text: value, marks } : { type: 'text', text: value }
}

export function paragraph(...content: NoteJSONNode[]): NoteJSONNode {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }
}

export function heading(level: 1 | 2 | 3, title: string): NoteJSONNode {
  return { type: 'heading', attrs: { level }, content: [text(title)] }
}

/**
 * An empty paragraph carrying guidance: the editor shows `value` as a placeholder telling the
 * writer what belongs there, and it is never text — typing replaces it, exports never print it.
 */
export function prompt(value: string): NoteJSONNode {
  return { type: 'paragraph', attrs: { guidance: value } }
}

/** The guidance of a paragraph (see prompt), or null. */
export function guidanceOf(node: NoteJSONNode): string | null {
  const value = node.attrs?.['guidance']
  return typeof value === 'string' && value !== '' ? value : null
}

export function bulletList(...items: string[]): NoteJSONNode {
  return {
    type: 'bulletList',
    content: items.map((item) => ({
      type: 'listItem',
      content: [item === '' ? paragraph() : paragraph(text(item))]
    }))
  }
}

/** Copies a document so a template or fixture is never edited in place. */
export function cloneNoteDoc<T extends NoteJSONNode>(doc: T): T {
  return JSON.parse(JSON.stringify(doc)) as T
}

/** The plain text of a node and its descendants, blocks not separated. */
export function nodeText(node: NoteJSONNode): string {
  if (typeof node.text === 'string') return node.text
  return (node.content ?? []).map(nodeText).join('')
}

/**
 * Rebuilds a tree bottom-up: `visit` receives each node with its children already rebuilt and
 * returns its replacement. Used by migrations, which rename or reshape nodes anywhere in a note.
 */
export function mapNoteNodes(
  node: NoteJSONNode,
  visit: (node: NoteJSONNode) => NoteJSONNode
): NoteJSONNode {
  const content = node.content?.map((child) => mapNoteNodes(child, visit))
  return visit(content ? { ...node, content } : { ...node })
}

/** Every node of a tree, depth first, the root included. */
export function* walkNoteNodes(node: NoteJSONNode): Generator<NoteJSONNode> {
  yield node
  for (const child of node.content ?? []) yield* walkNoteNodes(child)
}
