import type { NoteJSONNode } from '../../notes/note-json'
import { nodeText } from '../../notes/note-json'
import { BUILT_IN_GUIDANCE } from '../../notes/note-templates'
import type { BriefBlock, BriefInline, BriefListItem, BriefTableRow } from './brief-model'
import { eventCardBlock, sourcesBlock, timelineBlock } from './live-blocks'
import type { NoteEnv } from './note-env'
import { inlinesFrom } from './note-inlines'

function numberAttr(node: NoteJSONNode, name: string, fallback: number): number {
  const value = node.attrs?.[name]
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

/** A list's items; an item left empty (a template's blank bullet) is not exported. */
function listItems(node: NoteJSONNode, env: NoteEnv, task: boolean): BriefListItem[] {
  return (node.content ?? []).flatMap((item) => {
    const blocks = blocksFrom(item.content, env)
    if (blocks.length === 0) return []
    return [task ? { checked: item.attrs?.['checked'] === true, blocks } : { blocks }]
  })
}

/** A list block, or nothing when every item is empty. */
function listBlock(
  style: 'bullet' | 'ordered' | 'task',
  start: number,
  items: BriefListItem[]
): BriefBlock | null {
  return items.length > 0 ? { kind: 'list', style, start, items } : null
}

/** A cell's paragraphs joined by line breaks: every reader's tables hold one run of text. */
function cellInlines(cell: NoteJSONNode, env: NoteEnv): BriefInline[] {
  const out: BriefInline[] = []
  for (const block of cell.content ?? []) {
    const inlines = block.type === 'paragraph' ? inlinesFrom(block.content, env) : []
    if (inlines.length === 0 && block.type !== 'paragraph') {
      const text = nodeText(block)
      if (text !== '') inlines.push({ kind: 'text', text, marks: {} })
    }
    if (inlines.length === 0) continue
    if (out.length > 0) out.push({ kind: 'break' })
    out.push(...inlines)
  }
  return out
}

function tableRows(node: NoteJSONNode, env: NoteEnv): BriefTableRow[] {
  return (node.content ?? []).map((row) => {
    const cells = row.content ?? []
    return {
      header: cells.length > 0 && cells.every((cell) => cell.type === 'tableHeader'),
      cells: cells.map((cell) => cellInlines(cell, env))
    }
  })
}

/**
 * A paragraph that is only a built-in template's guidance sentence in italics: notes made before
 * guidance became a placeholder hold it as text, and it is instructions to the writer, not part
 * of the brief.
 */
function isOldGuidance(node: NoteJSONNode): boolean {
  const runs = node.content ?? []
  return (
    runs.length > 0 &&
    runs.every((r) => r.type === 'text' && (r.marks ?? []).some((m) => m.type === 'italic')) &&
    BUILT_IN_GUIDANCE.has(nodeText(node).trim())
  )
}

function blockFrom(node: NoteJSONNode, env: NoteEnv): BriefBlock | null {
  switch (node.type) {
    case 'paragraph': {
      if (isOldGuidance(node)) return null
      const content = inlinesFrom(node.content, env)
      return content.length > 0 ? { kind: 'paragraph', content } : null
    }
    case 'heading': {
      const level = Math.min(6, Math.max(1, numberAttr(node, 'level', 1) + env.headingShift))
      return { kind: 'heading', level, content: inlinesFrom(node.content, env) }
    }
    case 'bulletList':
      return listBlock('bullet', 1, listItems(node, env, false))
    case 'orderedList': {
      const start = Math.max(0, Math.floor(numberAttr(node, 'start', 1)))
      return listBlock('ordered', start, listItems(node, env, false))
    }
    case 'taskList':
      return listBlock('task', 1, listItems(node, env, true))
    case 'blockquote':
      return { kind: 'blockquote', blocks: blocksFrom(node.content, env) }
    case 'codeBlock': {
      const language = node.attrs?.['language']
      return {
        kind: 'code',
        text: nodeText(node),
        language: typeof language === 'string' && language !== '' ? language : null
      }
    }
    case 'horizontalRule':
      return { kind: 'rule' }
    case 'table':
      return { kind: 'table', caption: null, rows: tableRows(node, env) }
    case 'eventCard': {
      const eventId = node.attrs?.['eventId']
      return eventCardBlock(env.lookups, typeof eventId === 'string' ? eventId : '')
    }
    case 'liveBlock':
      if (node.attrs?.['kind'] === 'sources') return sourcesBlock(env.lookups, env.articleId)
      if (node.attrs?.['kind'] === 'timeline') return timelineBlock(env.lookups, env.articleId)
      return null
    default: {
      // A block this exporter does not know keeps its text rather than vanishing from the brief.
      const text = nodeText(node)
      return text === ''
        ? null
        : { kind: 'paragraph', content: [{ kind: 'text', text, marks: {} }] }
    }
  }
}

/** The brief blocks of a list of note blocks (a document's, a list item's, a quote's). */
export function blocksFrom(nodes: readonly NoteJSONNode[] | undefined, env: NoteEnv): BriefBlock[] {
  const out: BriefBlock[] = []
  for (const node of nodes ?? []) {
    const block = blockFrom(node, env)
    if (block) out.push(block)
  }
  return out
}
