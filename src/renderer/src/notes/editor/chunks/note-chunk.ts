import { commands as coreCommands, Node, type CommandProps } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { AllSelection, Plugin, PluginKey } from '@tiptap/pm/state'
import { joinPoint } from '@tiptap/pm/transform'
import { CHUNK_TYPE } from './chunk-json'
import {
  atStartOfCodeBlockOpeningNote,
  inEmptyTopLevelBlock,
  joinsAcrossChunks,
  splitsChunk,
  unchunkSlice
} from './chunk-guards'
import { isChunked, rebalanceChunks } from './rebalance-chunks'

/** Marks the chunks' own transactions (rebalancing), which may split and join chunks. */
export const noteChunkKey = new PluginKey('noteChunk')

/** The meta key prosemirror-history puts on its undo and redo transactions. */
const HISTORY_META = 'history$'

/**
 * The note's top node: plain blocks, or (a long note) chunks of them. Both shapes are valid so
 * that a short note, and every note as stored, is exactly what it always was.
 */
export const NoteDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: `block+ | ${CHUNK_TYPE}+`
})

/**
 * Tiptap's list-item join, except at the chunks' level: there, where a note without chunks has
 * two unrelated top-level blocks, it would find the two chunks joinable and merge the last block
 * of one with the first of the next.
 */
function joinItem(direction: -1 | 1) {
  return () => (props: CommandProps) => {
    const { doc, selection } = props.state
    const point = joinPoint(doc, selection.$from.pos, direction)
    if (point !== undefined && isChunked(doc) && doc.resolve(point).depth === 0) return false
    return direction < 0
      ? coreCommands.joinItemBackward()(props)
      : coreCommands.joinItemForward()(props)
  }
}

/**
 * A view-only node grouping a long note's top-level blocks: Chromium then lays out and paints a
 * keystroke's chunk instead of walking all 5,000 blocks of one parent (see the note bench). It is
 * removed before a note is stored (unwrapChunks) or copied (unchunkSlice), so no stored note,
 * export or clipboard ever holds one, and chunk edges behave like any other place between two
 * blocks: the chunks a selection or caret touches are joined while it is there (see
 * rebalanceChunks), and commands that would split a chunk or join across a chunk edge, where a
 * note without chunks has nothing to split or join, fail as they do there.
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

  renderHTML() {
    return ['div', { class: 'note-chunk', 'data-note-chunk': '' }, 0]
  },

  addNodeView() {
    // How many blocks the chunk counts as until shown once (content-visibility, note-editor.css),
    // kept up to date as the chunk grows or shrinks.
    return ({ node }) => {
      const dom = document.createElement('div')
      dom.className = 'note-chunk'
      dom.dataset.noteChunk = ''
      let blocks = -1
      const show = (chunk: PMNode): void => {
        if (chunk.childCount === blocks) return
        blocks = chunk.childCount
        dom.style.setProperty('--chunk-blocks', String(blocks))
      }
      show(node)
      return {
        dom,
        contentDOM: dom,
        update: (next) => {
          if (next.type.name !== CHUNK_TYPE) return false
          show(next)
          return true
        }
      }
    }
  },

  addCommands() {
    return {
      joinItemBackward: joinItem(-1),
      joinItemForward: joinItem(1),
      // Over a select-all of a long note, Tiptap's toggleList would clear every heading and
      // then fail to wrap the chunks: it fails at once instead (without chunks, the whole note
      // would become one list).
      toggleList:
        (...args: Parameters<typeof coreCommands.toggleList>) =>
        (props: CommandProps) => {
          const { doc, selection } = props.state
          if (selection instanceof AllSelection && isChunked(doc) && doc.childCount > 1)
            return false
          return coreCommands.toggleList(...args)(props)
        }
    }
  },

  addKeyboardShortcuts() {
    return {
      // An empty top-level block: a note without chunks cannot lift it out of anything, so Enter
      // adds a block after it. Here liftEmptyBlock would try to split the chunk instead.
      Enter: ({ editor }) => inEmptyTopLevelBlock(editor.state) && editor.commands.splitBlock(),
      // Tiptap's code block turns into a paragraph on Backspace at the note's very start, which
      // it takes to be position 1; in a chunk that place is position 2.
      Backspace: ({ editor }) =>
        atStartOfCodeBlockOpeningNote(editor.state) && editor.commands.clearNodes()
    }
  },

  addProseMirrorPlugins() {
    // Set when an undo or redo went by without rebalancing (see appendTransaction).
    let afterHistory = false
    return [
      new Plugin({
        key: noteChunkKey,
        props: { transformCopied: unchunkSlice },
        // Undo and redo may put back a split or a join, as they may put back anything.
        filterTransaction: (tr) =>
          tr.getMeta(noteChunkKey) !== undefined ||
          tr.getMeta(HISTORY_META) !== undefined ||
          !(splitsChunk(tr) || joinsAcrossChunks(tr)),
        appendTransaction: (transactions, _old, state) => {
          if (!transactions.some((t) => t.docChanged || t.selectionSet)) return null
          // After undo or redo, prosemirror-history would file an appended transaction in the
          // other branch only, leaving the remaining steps off by the chunks' edges: the view
          // rebalances those in a transaction of its own (below), which history maps over.
          if (transactions.some((t) => t.getMeta(HISTORY_META) !== undefined)) {
            afterHistory = true
            return null
          }
          const tr = rebalanceChunks(state)
          if (!tr) return null
          tr.setMeta(noteChunkKey, true)
          // After a change it is undone with the change; after a selection alone it is no edit.
          if (!transactions.some((t) => t.docChanged)) tr.setMeta('addToHistory', false)
          return tr
        },
        view: () => ({
          update: (view) => {
            if (!afterHistory) return
            afterHistory = false
            const tr = rebalanceChunks(view.state)
            if (tr) view.dispatch(tr.setMeta(noteChunkKey, true).setMeta('addToHistory', false))
          }
        })
      })
    ]
  }
})
