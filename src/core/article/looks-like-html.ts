/** Tags that mark a document or its structure (not an inline `<b>` a writer may type in prose). */
const STRUCTURE =
  /<\/?(?:html|head|body|meta|link|script|style|div|p|span|article|section|main|header|footer|nav|table|tr|td|ul|ol|li|h[1-6]|br|img|a|iframe|title|blockquote|figure)\b[^<>]*>/gi

/**
 * Whether pasted text is HTML source (a page's "View source", a CMS export) rather than prose:
 * it opens with a doctype, <html>, a comment or a structural tag, or structural tags are a good
 * share of it. Markdown reads such source as raw HTML blocks and keeps nothing, so the paste
 * dialog offers to read it as HTML or keep it as plain text instead.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.trimStart().slice(0, 200)
  if (/^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|!--)/i.test(head)) return true
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  const tags = sample.match(STRUCTURE) ?? []
  if (tags.length < 2) return false
  const tagChars = tags.reduce((n, t) => n + t.length, 0)
  // Prose mentioning a tag or two stays prose; source is markup through and through.
  return /^<[a-z]/i.test(head) || tagChars / sample.length > 0.15
}
