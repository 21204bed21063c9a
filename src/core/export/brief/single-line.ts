/**
 * A quoted passage as one line: a quote may span paragraphs of the article (they are joined by a
 * blank line in its text model), and a blank line inside a footnote, a table cell or a Markdown
 * paragraph would end it there and spill the rest into the body.
 */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
