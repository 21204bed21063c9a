import type { NoteDoc, NoteJSONNode } from '@core/notes/note-json'

/**
 * The view-only node that groups a long note's top-level blocks (see note-chunk.ts). It never
 * reaches storage: notes are stored, exported and compared without it.
 */
export const CHUNK_TYPE = 'noteChunk'

/** How a long note is grouped, in top-level blocks. */
export const CHUNKING = {
  /** A note with more top-level blocks than this is shown in chunks. */
  chunkAbove: 200,
  /** A chunked note with fewer blocks than this goes back to plain blocks (hysteresis). */
  flatBelow: 100,
  /** Blocks per chunk when a note is chunked or a chunk split. */
  size: 100,
  /** A chunk with more blocks than this is split. */
  max: 200,
  /** A chunk with fewer blocks than this joins its neighbour. */
  min: 25
} as const

/** Whether a stored note is long enough to be shown in chunks. */
export function needsChunks(topLevelBlocks: number): boolean {
  return topLevelBlocks > CHUNKING.chunkAbove
}

/**
 * Where a run of `count` top-level blocks is cut into chunks: every `size` blocks, moved by a
 * few blocks towards a place between two paragraphs, so that chunk boundaries (whose margins do
 * not collapse) fall where a boundary looks like any other paragraph break.
 */
export function chunkCuts(types: readonly string[], size: number = CHUNKING.size): number[] {
  const cuts: number[] = []
  let from = 0
  while (types.length - from > size + CHUNKING.min) {
    let cut = from + size
    // Moved on at most 8 blocks, and never so far that fewer than CHUNKING.min are left after.
    for (let d = 0; d <= 8 && types.length - (cut + d) >= CHUNKING.min; d++) {
      if (types[cut + d - 1] === 'paragraph' && types[cut + d] === 'paragraph') {
        cut += d
        break
      }
    }
    cuts.push(cut)
    from = cut
  }
  return cuts
}

/** A stored note as the editor shows it: long notes wrapped in chunks, short ones as they are. */
export function wrapInChunks(doc: NoteDoc): NoteDoc {
  const blocks = doc.content
  if (!needsChunks(blocks.length) || blocks.some((b) => b.type === CHUNK_TYPE)) return doc
  const cuts = [0, ...chunkCuts(blocks.map((b) => b.type)), blocks.length]
  const content: NoteJSONNode[] = []
  for (let i = 1; i < cuts.length; i++)
    content.push({ type: CHUNK_TYPE, content: blocks.slice(cuts[i - 1], cuts[i]) })
  return { ...doc, content }
}

/** The note as stored: chunks removed, their blocks in place. Returns `doc` itself when flat. */
export function unwrapChunks(doc: NoteDoc): NoteDoc {
  if (!doc.content.some((b) => b.type === CHUNK_TYPE)) return doc
  const content = doc.content.flatMap((b) => (b.type === CHUNK_TYPE ? (b.content ?? []) : [b]))
  return { ...doc, content }
}
