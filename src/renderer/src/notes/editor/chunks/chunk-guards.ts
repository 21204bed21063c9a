import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { ReplaceStep } from '@tiptap/pm/transform'
import { CHUNK_TYPE } from './chunk-json'
import { isChunked } from './rebalance-chunks'

const isChunk = (node: PMNode | null | undefined): boolean => node?.type.name === CHUNK_TYPE

/**
 * Whether a transaction splits a chunk in two (a replace that puts in nothing but a chunk's end
 * and a new chunk's start), which a command does only by mistaking a chunk for a block it may
 * split (liftEmptyBlock, splitBlock over a range): a note without chunks has nothing there to
 * split, so the command must fail as it does there.
 */
export function splitsChunk(tr: Transaction): boolean {
  return tr.steps.some((step) => {
    if (!(step instanceof ReplaceStep)) return false
    const { from, to, slice } = step
    if (from !== to || slice.openStart !== 1 || slice.openEnd !== 1) return false
    const { content } = slice
    return (
      content.childCount === 2 &&
      isChunk(content.firstChild) &&
      content.firstChild!.childCount === 0 &&
      content.lastChild!.childCount === 0
    )
  })
}

/**
 * Whether a transaction joins the last block of one chunk to the first of the next (a join below
 * the chunks' own level), which a command does only by finding the two chunks joinable where a
 * note without chunks has two unrelated blocks: it would merge two paragraphs out of sight.
 */
export function joinsAcrossChunks(tr: Transaction): boolean {
  return tr.steps.some((step, i) => {
    if (!(step instanceof ReplaceStep) || step.slice.size !== 0) return false
    const doc = tr.docs[i]!
    if (!isChunked(doc) || !(step as unknown as { structure: boolean }).structure) return false
    const $from = doc.resolve(step.from)
    const $to = doc.resolve(step.to)
    return $from.depth >= 2 && $to.depth >= 2 && $from.index(0) !== $to.index(0)
  })
}

/** Whether the caret is in an empty textblock directly in a chunk (a top-level empty block). */
export function inEmptyTopLevelBlock(state: EditorState): boolean {
  const { selection } = state
  if (!selection.empty || !isChunked(state.doc)) return false
  const { $from } = selection
  return (
    $from.depth === 2 &&
    $from.parent.isTextblock &&
    $from.parent.content.size === 0 &&
    !$from.parent.type.spec.code
  )
}

/** Whether the caret is at the very start of a chunked note that opens with a code block. */
export function atStartOfCodeBlockOpeningNote(state: EditorState): boolean {
  const { selection, doc } = state
  if (!selection.empty || !isChunked(doc)) return false
  const { $from } = selection
  return (
    $from.depth === 2 &&
    $from.index(0) === 0 &&
    $from.index(1) === 0 &&
    $from.parentOffset === 0 &&
    $from.parent.type.name === 'codeBlock'
  )
}

/**
 * A slice without chunks: their blocks in their place, one level less open where a chunk was
 * open. What is copied or dragged out of a long note is then what the same blocks copied out of
 * a short one would be, and pastes the same anywhere.
 */
export function unchunkSlice(slice: Slice): Slice {
  const { content } = slice
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
