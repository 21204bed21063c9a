// Characters that start markup anywhere in a line in GFM or pandoc's Markdown: emphasis, code,
// links, raw HTML, tables, strikeout, super/subscript, math, citations, attributes, entities.
// Both dialects accept a backslash before any ASCII punctuation, so over-escaping is harmless.
const INLINE_SPECIAL = /[\\`*_[\]<>|~^$@#&{}]/g
// A `!` that ends a run may stand right before one of our links, making it an image that a
// reader would fetch from the address; inside text it is harmless and stays readable.
const BANG_BEFORE_LINK = /!(?=\[|$)/g

/** User text made literal inside a Markdown paragraph, heading or table cell. */
export function escapeMarkdown(text: string): string {
  // A line break in inline text would end a footnote or a table row early.
  return text
    .replace(/[\t\r\n]+/g, ' ')
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(BANG_BEFORE_LINK, '\\!')
}

/**
 * A rendered line made safe at the start of a block: text that would open a list, a heading
 * underline, a definition or a title block there is escaped. Our own markup never starts with
 * these characters, so the whole rendered line can be checked.
 */
export function escapeLineStart(line: string): string {
  const trimmed = line.replace(/^[ \t]+/, '')
  if (/^[-+=:%]/.test(trimmed)) return `\\${trimmed}`
  const marker = /^(\()?([0-9]{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]+)([.)])(?=\s|$)/.exec(trimmed)
  if (!marker) return trimmed
  if (marker[1]) return `\\${trimmed}`
  return `${marker[2]}\\${marker[3]}${trimmed.slice(marker[0].length)}`
}

/** Inline code: a fence of backticks longer than any run of them inside. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') || text.startsWith(' ') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/** A link destination that survives Markdown: no spaces or unbalanced parentheses. */
export function markdownHref(href: string): string {
  return href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}
