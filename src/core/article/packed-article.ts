import type { ArticleRecord } from '@shared/model/article'
import { BLOCK_SEPARATOR, type TextBlock, type TextBlockKind } from '@shared/model/text-model'

// Typed over every kind, so a kind added to the text model and not here fails the type check.
const KIND_CODES: { readonly [K in TextBlockKind]: number } = {
  paragraph: 0,
  heading: 1,
  'list-item': 2,
  quote: 3
}
const KINDS = Object.entries(KIND_CODES)
  .sort((a, b) => a[1] - b[1])
  .map(([kind]) => kind as TextBlockKind)

/**
 * An article record as it crosses from a worker to the page. Receiving a record of 17,000 (or
 * 100,000) block objects costs the page one structured-clone task of 360 ms (a 10 MB article) to
 * about a second (60 MB); receiving strings and three typed arrays is a copy of the bytes. The
 * page then rebuilds the very same `ArticleRecord` (src/shared/model/article.ts): this is a way of
 * carrying it, not a second description of it.
 */
export interface PackedArticle {
  /** Every field of the record but `blocks`. */
  fields: Omit<ArticleRecord, 'blocks'>
  /**
   * The article's plain text, `plainText(blocks)`, in pieces of about TEXT_PIECE_CHARS, each cut
   * where a block starts (a block longer than that is one piece): joined, the plain text. The
   * page gets it without joining again, and a worker can send each piece in a message of its
   * own: receiving 60 MB as one string was one task of 160 ms on the page.
   */
  text: string[]
  /** Where each block's text ends in the plain text. */
  ends: Uint32Array
  /** Each block's kind, as its code in KIND_CODES. */
  kinds: Uint8Array
  /** Each block's heading level; 0 where the block has none. */
  levels: Uint8Array
}

/** About how long each piece of a packed article's text is: a few milliseconds to receive. */
export const TEXT_PIECE_CHARS = 1_000_000

/** The record in packed form; its typed arrays may be transferred. */
export function packArticle(article: ArticleRecord, pieceChars = TEXT_PIECE_CHARS): PackedArticle {
  const { blocks, ...fields } = article
  const ends = new Uint32Array(blocks.length)
  const kinds = new Uint8Array(blocks.length)
  const levels = new Uint8Array(blocks.length)
  const text: string[] = []
  let piece: string[] = []
  let pieceLength = 0
  let end = -BLOCK_SEPARATOR.length
  blocks.forEach((b, i) => {
    const kind = KIND_CODES[b.kind] as number | undefined
    // Stored records are validated at entry; a kind this code does not know would be lost here.
    if (kind === undefined) throw new Error(`Unknown block kind “${String(b.kind)}”`)
    end += BLOCK_SEPARATOR.length + b.text.length
    ends[i] = end
    kinds[i] = kind
    levels[i] = b.level ?? 0
    // A piece ends where a block starts, so every block's text lies in one piece.
    if (i > 0 && pieceLength >= pieceChars) {
      text.push(piece.join(''))
      piece = []
      pieceLength = 0
    }
    const part = i < blocks.length - 1 ? b.text + BLOCK_SEPARATOR : b.text
    piece.push(part)
    pieceLength += part.length
  })
  if (piece.length > 0) text.push(piece.join(''))
  return { fields, text, ends, kinds, levels }
}

/**
 * A packed article's plain text as one string. The pieces are concatenated, not joined: the
 * string is made at once and its characters are copied together only when it is first searched.
 */
export function packedPlainText(packed: Pick<PackedArticle, 'text'>): string {
  let text = ''
  for (const piece of packed.text) text += piece
  return text
}

/** The record a packed article was made from: equal to it, field by field. */
export function unpackArticle(packed: PackedArticle): ArticleRecord {
  const { fields, text, ends, kinds, levels } = packed
  const blocks: TextBlock[] = new Array<TextBlock>(ends.length)
  // The piece holding the next block, and where that piece starts in the plain text.
  let p = 0
  let base = 0
  let start = 0
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!
    while (p < text.length - 1 && start >= base + text[p]!.length) base += text[p++]!.length
    const piece = text[p] ?? ''
    const block: TextBlock = {
      kind: KINDS[kinds[i]!]!,
      text: piece.slice(start - base, end - base)
    }
    if (levels[i]) block.level = levels[i]
    blocks[i] = block
    start = end + BLOCK_SEPARATOR.length
  }
  return { ...fields, blocks }
}
