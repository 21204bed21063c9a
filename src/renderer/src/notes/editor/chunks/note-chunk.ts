import { Node, type KeyboardShortcutCommand } from '@tiptap/core'
import { Fragment, NodeRange, Slice, type Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { ReplaceStep } from '@tiptap/pm/transform'
import { CHUNK_TYPE, CHUNKING, chunkCuts, needsChunks } from './chunk-json'

export const noteChunkKey = new PluginKey('noteChunk')

/** The meta key prosemirror-history puts on its undo and redo transactions. */
const HISTORY_META = 'history$'

/**
 * Whether a transaction splits a chunk in two (a replace that puts in nothing but a chunk's end
 * and a new chunk's start). Only the rebalancing does that on purpose; a command that does it
 * (Enter over a range whose deletion leaves the caret between two blocks) would not split
 * anything in a note without chunks, so it is refused, as it fails there.
 */
function splitsChunk(tr: Transaction): boolean {
  return tr.steps.some((step) => {
    if (!(step instanceof ReplaceStep)) return false
    const { from, to, slice } = step
    if (from !== to || slice.openStart !== 1 || slice.openEnd !== 1) return false
    const { content } = slice
    return (
      content.childCount === 2 &&
      content.firstChild!.type.name === CHUNK_TYPE &&
      content.firstChild!.childCount === 0 &&
      content.lastChild!.childCount === 0
    )
  })
}

/**
 * The note's top node: plain blocks, or (a long note) chunks of them. Both shapes are valid so
 * that a short note, and every note as stored, is exactly what it always was.
 */
export const NoteDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: `block+ | ${CHUNK_TYPE}+`
})

/** Total top-level blocks of a chunked document. */
function blockCount(doc: PMNode): number {
  let n = 0
  doc.forEach((chunk) => (n += chunk.childCount))
  return n
}

const isChunked = (doc: PMNode): boolean => doc.firstChild?.type.name === CHUNK_TYPE

/** The top-level block types of a node, and where each starts in it. */
function children(parent: PMNode): { types: string[]; offsets: number[] } {
  const types: string[] = []
  const offsets: number[] = []
  parent.forEach((child, offset) => {
    types.push(child.type.name)
    offsets.push(offset)
  })
  return { types, offsets }
}

/** Splits the chunk starting at `start` at the block indexes `cuts`, last first. */
function splitChunk(tr: Transaction, chunk: PMNode, start: number, cuts: number[]): void {
  const { offsets } = children(chunk)
  for (const cut of [...cuts].reverse()) tr.split(start + 1 + offsets[cut]!, 1)
}

/**
 * A slice without chunks: their blocks in their place, one level less open where a chunk was
 * open. What is copied or dragged out of a long note is then what the same blocks copied out of
 * a short one would be, and pastes the same anywhere.
 */
export function unchunkSlice(slice: Slice): Slice {
  const { content } = slice
  const isChunk = (node: PMNode | null): boolean => node?.type.name === CHUNK_TYPE
  if (!isChunk(content.firstChild) && !isChunk(content.lastChild)) return slice
  const blocks: PMNode[] = []
  content.forEach((node) => {
    if (isChunk(node)) node.forEach((block) => blocks.push(block))
    else blocks.push(node)
  })
  const openStart = isChunk(content.firstChild) ? Math.max(0, slice.openStart - 1) : slice.openStart
  const openEnd = isChunk(content.lastChild) ? Math.max(0, slice.openEnd - 1) : slice.openEnd
  return new Slice(Fragment.from(blocks), openStart, openEnd)
}

/**
 * Keeps a long note in chunks of about CHUNKING.size blocks as it is edited: a note that grows
 * past CHUNKING.chunkAbove blocks is chunked, one that shrinks under CHUNKING.flatBelow goes flat,
 * a chunk over CHUNKING.max is split and one under CHUNKING.min joins the one before. Every step
 * is a wrap, lift, split or join, so the selection and decorations map through it.
 */
export function rebalanceChunks(state: EditorState): Transaction | null {
  const { doc } = state
  if (!isChunked(doc)) {
    if (!needsChunks(doc.childCount)) return null
    // One chunk round everything, then cut: every step leaves a valid note (blocks or chunks).
    const tr = state.tr
    const range = new NodeRange(doc.resolve(0), doc.resolve(doc.content.size), 0)
    tr.wrap(range, [{ type: state.schema.nodes[CHUNK_TYPE]! }])
    splitChunk(tr, tr.doc.firstChild!, 0, chunkCuts(children(doc).types))
    return tr
  }
  const tr = state.tr
  // What Tiptap's TrailingNode does for a flat note (it stops at the chunk): a paragraph last.
  const lastChunk = doc.lastChild!
  if (lastChunk.lastChild?.type.name !== 'paragraph')
    tr.insert(doc.content.size - 1, state.schema.nodes.paragraph!.create())
  if (blockCount(tr.doc) < CHUNKING.flatBelow) {
    // Into one chunk, last boundary first, then its blocks lifted out of it.
    for (let i = tr.doc.childCount - 1; i > 0; i--) {
      let boundary = 0
      for (let j = 0; j < i; j++) boundary += tr.doc.child(j).nodeSize
      tr.join(boundary)
    }
    const size = tr.doc.content.size
    tr.lift(new NodeRange(tr.doc.resolve(1), tr.doc.resolve(size - 1), 1), 0)
    return tr
  }
  let end = doc.content.size
  let nextJoined = false
  for (let i = doc.childCount - 1; i >= 0; i--) {
    const chunk = doc.child(i)
    const start = end - chunk.nodeSize
    const joined = chunk.childCount < CHUNKING.min
    if (chunk.childCount > CHUNKING.max) {
      splitChunk(tr, chunk, start, chunkCuts(children(chunk).types))
    } else if (joined && i > 0) {
      tr.join(start)
    } else if (joined && doc.childCount > 1 && !nextJoined) {
      // The first chunk joins the one after it (unless that one has just joined it).
      tr.join(end)
    }
    nextJoined = joined && i > 0
    end = start
  }
  return tr.docChanged ? tr : null
}

/**
 * Where a selection touching a chunk boundary needs the two chunks joined first: a caret at the
 * very start of a chunk (Backspace) or its very end (Delete). Returns the boundary position.
 */
export function chunkBoundaryAt(
  state: EditorState,
  direction: 'backward' | 'forward'
): number | null {
  const { selection, doc } = state
  if (!selection.empty || !isChunked(doc)) return null
  const $pos = selection.$from
  if ($pos.depth < 2) return null
  const chunkIndex = $pos.index(0)
  if (direction === 'backward') {
    if (chunkIndex === 0 || $pos.parentOffset !== 0) return null
    for (let d = 2; d <= $pos.depth; d++) if ($pos.index(d - 1) !== 0) return null
    return $pos.before(1)
  }
  if (chunkIndex === doc.childCount - 1 || $pos.parentOffset !== $pos.parent.content.size)
    return null
  for (let d = 2; d <= $pos.depth; d++)
    if ($pos.indexAfter(d - 1) !== $pos.node(d - 1).childCount) return null
  return $pos.after(1)
}

/**
 * A view-only node grouping a long note's top-level blocks: Chromium then lays out and paints a
 * keystroke's chunk instead of walking all 5,000 blocks of one parent (see the note bench). It is
 * removed before a note is stored (unwrapChunks), so no stored note or export ever holds one, and
 * chunk boundaries behave like any other place between two blocks: Backspace and Delete join the
 * chunks before they join the blocks, and a range across chunks is replaced as one.
 */
export const NoteChunk = Node.create({
  name: CHUNK_TYPE,
  content: 'block+',
  selectable: false,
  draggable: false,

  // Never parsed: HTML from elsewhere (or an old copy) holding chunk elements pastes as the blocks
  // in them, as in a note without chunks.
  parseHTML() {
    return []
  },

  renderHTML({ node }) {
    // How tall the chunk counts until shown once (content-visibility), see note-editor.css.
    return [
      'div',
      { class: 'note-chunk', 'data-note-chunk': '', style: `--chunk-blocks: ${node.childCount}` },
      0
    ]
  },

  addKeyboardShortcuts() {
    const joinAt =
      (direction: 'backward' | 'forward'): KeyboardShortcutCommand =>
      ({ editor }) => {
        const boundary = chunkBoundaryAt(editor.state, direction)
        if (boundary !== null) editor.view.dispatch(editor.state.tr.join(boundary))
        // Never handled here: the usual Backspace or Delete runs next, on the joined chunks.
        return false
      }
    const backward = joinAt('backward')
    const forward = joinAt('forward')
    return {
      Backspace: backward,
      'Mod-Backspace': backward,
      'Shift-Backspace': backward,
      'Alt-Backspace': backward,
      'Ctrl-h': backward,
      Delete: forward,
      'Mod-Delete': forward,
      'Alt-Delete': forward,
      'Ctrl-d': forward
    }
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: noteChunkKey,
        props: {
          transformCopied: unchunkSlice
        },
        // Undo and redo may put back a split, as they may put back anything.
        filterTransaction: (tr) =>
          tr.getMeta(noteChunkKey) === true ||
          tr.getMeta(HISTORY_META) !== undefined ||
          !splitsChunk(tr),
        appendTransaction: (transactions, _old, state) =>
          transactions.some((t) => t.docChanged)
            ? (rebalanceChunks(state)?.setMeta(noteChunkKey, true) ?? null)
            : null
      })
    ]
  }
})
