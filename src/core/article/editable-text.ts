import type { TextBlock } from '../../shared/model/text-model'

// Characters the Markdown reader would take as formatting inside a line.
const INLINE_MARK = /[\\`*_[\]<>~|!&]/g

/** One line of text that Markdown reads back as exactly that text, in a paragraph of its own. */
function escapeLine(text: string): string {
  return (
    text
      .replace(INLINE_MARK, (c) => `\\${c}`)
      // What would start another kind of block: a heading, a list item, a rule.
      .replace(/^(#{1,6}(?=\s|$)|[-+](?=\s|$)|-{3,}|={3,})/, '\\$1')
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
  )
}

/**
 * An article's text as the update dialog shows it for editing: one block per paragraph separated
 * by blank lines, headings, list items and quotes marked as Markdown, and any character Markdown
 * would read as formatting escaped, so reading it back (markdownBlocks) gives the same blocks and
 * fixing one word changes only that word.
 */
export function editableText(blocks: readonly TextBlock[]): string {
  return blocks
    .map((b) => {
      const text = escapeLine(b.text)
      switch (b.kind) {
        case 'heading':
          return `${'#'.repeat(Math.min(Math.max(b.level ?? 2, 1), 6))} ${text}`
        case 'list-item':
          return `- ${text}`
        case 'quote':
          return `> ${text}`
        default:
          return text
      }
    })
    .join('\n\n')
}
