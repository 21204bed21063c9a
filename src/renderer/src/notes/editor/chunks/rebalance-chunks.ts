import { NodeRange, type Node as PMNode } from '@tiptap/pm/model'
import { AllSelection, type EditorState, type Selection, type Transaction } from '@tiptap/pm/state'
import { CHUNK_TYPE, CHUNKING, chunkCuts, needsChunks } from './chunk-json'

/** Whether a document is shown in chunks (rather than as plain top-level blocks). */
export const isChunked = (doc: PMNode): boolean => doc.firstChild?.type.name === CHUNK_TYPE

/** The chunks a selection needs are joined only up to this many blocks in all (neededChunks). */
const JOIN_FOR_SELECTION_UP_TO = 1_000

/** Total top-level blocks of a chunked document. */
function blockCount(doc: PMNode): number {
  let n = 0
  doc.forEach((chunk) => (n += chunk.childCount))
  return n
}

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

/** Start positions of a chunked document's chunks. */
function chunkStarts(doc: PMNode): number[] {
  const starts: number[] = []
  doc.forEach((_chunk, offset) => starts.push(offset))
  return starts
}

/**
 * The chunks a selection or caret needs together: those it runs through, and the one before
 * (after) when it starts in the first (ends in the last) block of its chunk (none for a
 * select-all, which leaves the chunks as they are). With them joined, every command sees the blocks around the selection as in a note
 * without chunks (a rule inserted at a chunk's end, Tab into the list before, Enter on a
 * selected block, wrapping or replacing a range).
 */
function neededChunks(doc: PMNode, selection: Selection): [number, number] | null {
  const { $from, $to } = selection
  if ($from.depth < 1 || $to.depth < 1) return null
  let first = $from.index(0)
  let last = $to.index(0)
  if ($from.index(1) === 0 && first > 0) first--
  if ($to.indexAfter(1) === $to.node(1).childCount && last < doc.childCount - 1) last++
  return [first, last]
}

/** Joins the chunks a selection needs into one, if they are not too many blocks. */
function joinForSelection(tr: Transaction): void {
  const needed = neededChunks(tr.doc, tr.selection)
  if (!needed || needed[0] === needed[1]) return
  const [first, last] = needed
  let blocks = 0
  for (let i = first; i <= last; i++) blocks += tr.doc.child(i).childCount
  if (blocks > JOIN_FOR_SELECTION_UP_TO) return
  const starts = chunkStarts(tr.doc)
  for (let i = last; i > first; i--) tr.join(starts[i]!)
}

/**
 * The cuts of a chunk that would not put a chunk edge inside the selection or right beside it
 * (which joinForSelection would undo at once). `index` is the chunk's index in the document.
 */
function cutsAwayFrom(selection: Selection, chunk: PMNode, index: number): number[] {
  // Everything selected: nothing is cut until the selection goes.
  if (selection instanceof AllSelection) return []
  const cuts = chunkCuts(children(chunk).types)
  const { $from, $to } = selection
  if ($from.depth < 1 || $to.depth < 1) return cuts
  if ($from.index(0) > index || $to.index(0) < index) return cuts
  const first = $from.index(0) < index ? 0 : $from.index(1)
  const last = $to.index(0) > index ? chunk.childCount - 1 : $to.index(1)
  return cuts.filter((cut) => cut < first || cut > last + 1)
}

/**
 * Keeps a long note in chunks of about CHUNKING.size blocks as it is edited: a note that grows
 * past CHUNKING.chunkAbove blocks is chunked, one that shrinks under CHUNKING.flatBelow goes flat,
 * a chunk over CHUNKING.max is split (never inside or right beside the selection) and one under
 * CHUNKING.min joins a neighbour; the chunks a selection needs are joined (neededChunks). Every step is a wrap,
 * lift, split, join or insert, so the selection and decorations map through it, and every step
 * leaves a valid note (plain blocks or chunks). Returns null when nothing needs doing.
 */
export function rebalanceChunks(state: EditorState): Transaction | null {
  const { doc } = state
  const tr = state.tr
  if (!isChunked(doc)) {
    if (!needsChunks(doc.childCount)) return null
    // One chunk round everything, then cut.
    const range = new NodeRange(doc.resolve(0), doc.resolve(doc.content.size), 0)
    tr.wrap(range, [{ type: state.schema.nodes[CHUNK_TYPE]! }])
    splitChunk(tr, tr.doc.firstChild!, 0, chunkCuts(children(doc).types))
    return tr
  }
  // What Tiptap's TrailingNode does for a flat note (it stops at the chunk): a paragraph last.
  if (doc.lastChild!.lastChild?.type.name !== 'paragraph')
    tr.insert(doc.content.size - 1, state.schema.nodes.paragraph!.create())
  if (blockCount(tr.doc) < CHUNKING.flatBelow) {
    // Into one chunk, last boundary first, then its blocks lifted out of it.
    const starts = chunkStarts(tr.doc)
    for (let i = starts.length - 1; i > 0; i--) tr.join(starts[i]!)
    const size = tr.doc.content.size
    tr.lift(new NodeRange(tr.doc.resolve(1), tr.doc.resolve(size - 1), 1), 0)
    return tr
  }
  // A pass can leave work for another (a join makes a chunk too big, a cut a small one); the
  // plugin does not see its own transaction, so passes run here until one changes nothing.
  for (let pass = 0; pass < 4; pass++) if (!rebalancePass(tr)) break
  return tr.docChanged ? tr : null
}

/** One pass over the chunks: join for the selection, split the big, join the small. */
function rebalancePass(tr: Transaction): boolean {
  const steps = tr.steps.length
  joinForSelection(tr)
  const current = tr.doc
  let end = current.content.size
  let nextJoined = false
  for (let i = current.childCount - 1; i >= 0; i--) {
    const chunk = current.child(i)
    const start = end - chunk.nodeSize
    const small = chunk.childCount < CHUNKING.min
    if (chunk.childCount > CHUNKING.max) {
      splitChunk(tr, chunk, start, cutsAwayFrom(tr.selection, chunk, i))
    } else if (small && i > 0) {
      tr.join(start)
    } else if (small && current.childCount > 1 && !nextJoined) {
      // The first chunk joins the one after it (unless that one has just joined it).
      tr.join(end)
    }
    nextJoined = small && i > 0
    end = start
  }
  return tr.steps.length > steps
}
