/** One block of an article's text model. Offsets everywhere are into `plainText(blocks)`. */
export type TextBlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote'

export interface TextBlock {
  kind: TextBlockKind
  text: string
  /** Heading level 1-6; absent for other kinds. */
  level?: number
}

/** Blocks are joined with a blank line so offsets match the plain text a user would copy. */
export const BLOCK_SEPARATOR = '\n\n'
