import type { ArticleRecord } from '@shared/model/article'
import { BLOCK_SEPARATOR, type TextBlock, type TextBlockKind } from '@shared/model/text-model'
import { plainText } from './plain-text'

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
 * about a second (60 MB); receiving one string and three typed arrays is a copy of the bytes. The
 * page then rebuilds the very same `ArticleRecord` (src/shared/model/article.ts): this is a way of
 * carrying it, not a second description of it.
 */
export interface PackedArticle {
  /** Every field of the record but `blocks`. */
  fields: Omit<ArticleRecord, 'blocks'>
  /** The article's plain text, `plainText(blocks)`: the page gets it without joining again. */
  text: string
  /** Where each block's text ends in `text`. */
  ends: Uint32Array
  /** Each block's kind, as its code in KIND_CODES. */
  kinds: Uint8Array
  /** Each block's heading level; 0 where the block has none. */
  levels: Uint8Array
}

/** The record in packed form; its typed arrays may be transferred. */
export function packArticle(article: ArticleRecord): PackedArticle {
  const { blocks, ...fields } = article
  const ends = new Uint32Array(blocks.length)
  const kinds = new Uint8Array(blocks.length)
  const levels = new Uint8Array(blocks.length)
  let end = -BLOCK_SEPARATOR.length
  blocks.forEach((b, i) => {
    const kind = KIND_CODES[b.kind] as number | undefined
    // Stored records are validated at entry; a kind this code does not know would be lost here.
    if (kind === undefined) throw new Error(`Unknown block kind “${String(b.kind)}”`)
    end += BLOCK_SEPARATOR.length + b.text.length
    ends[i] = end
    kinds[i] = kind
    levels[i] = b.level ?? 0
  })
  return { fields, text: plainText(blocks), ends, kinds, levels }
}

/** The record a packed article was made from: equal to it, field by field. */
export function unpackArticle(packed: PackedArticle): ArticleRecord {
  const { fields, text, ends, kinds, levels } = packed
  const blocks: TextBlock[] = new Array<TextBlock>(ends.length)
  let start = 0
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!
    const block: TextBlock = { kind: KINDS[kinds[i]!]!, text: text.slice(start, end) }
    if (levels[i]) block.level = levels[i]
    blocks[i] = block
    start = end + BLOCK_SEPARATOR.length
  }
  return { ...fields, blocks }
}
