// Comment HTML for files other programs render. The renderer sanitises with DOMPurify at display,
// but the stored HTML is the editor's raw output and core has no DOM, so this rebuilds the markup
// from an allow-list instead of filtering it: every tag in the output is one the allow-list names, text is
// re-escaped, and anything not understood is dropped. The allow-list is core/annotations', the one
// the renderer's DOMPurify config reads.
import { COMMENT_ALLOWED_TAGS, COMMENT_SAFE_URL } from '../../annotations/comment-html-allow-list'

const ALLOWED: ReadonlySet<string> = new Set(COMMENT_ALLOWED_TAGS)
const VOID = new Set(['br'])
// Elements whose content is code or markup, not text: dropped whole.
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'textarea',
  'title',
  'xmp',
  'svg',
  'math'
])
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!?[/?]?([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|<|[^<]+/g
const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i
const ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);/y

/** Escapes text for HTML, keeping well-formed character references (the input is HTML already). */
function escapeText(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '&') {
      ENTITY.lastIndex = i
      out += ENTITY.test(text) ? '&' : '&amp;'
    } else if (ch === '<') out += '&lt;'
    else if (ch === '>') out += '&gt;'
    else if (ch === '"') out += '&quot;'
    else out += ch
  }
  return out
}

/** The comment's HTML reduced to basic formatting and http(s)/mailto links, balanced. */
export function sanitizeCommentHtml(html: string): string {
  let out = ''
  const open: string[] = []
  let dropping: string | null = null
  for (const match of html.matchAll(TOKEN)) {
    const [token, rawName, attrs = ''] = match
    const name = rawName?.toLowerCase()
    const isTag = token.length > 1 && token.startsWith('<') && !token.startsWith('<!--')
    const closing = token.startsWith('</')
    if (dropping !== null) {
      if (isTag && closing && name === dropping) dropping = null
      continue
    }
    if (!isTag) {
      if (!token.startsWith('<!--')) out += escapeText(token)
      continue
    }
    if (name === undefined) continue
    if (!closing && DROP_WITH_CONTENT.has(name) && !token.endsWith('/>')) {
      dropping = name
      continue
    }
    if (!ALLOWED.has(name)) continue
    if (closing) {
      const at = open.lastIndexOf(name)
      if (at === -1) continue
      while (open.length > at) out += `</${open.pop()}>`
      continue
    }
    if (VOID.has(name)) {
      out += `<${name}>`
      continue
    }
    if (name === 'a') {
      const m = HREF.exec(attrs)
      const href = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim()
      out += COMMENT_SAFE_URL.test(href) ? `<a href="${escapeText(href)}">` : '<a>'
    } else out += `<${name}>`
    open.push(name)
  }
  while (open.length > 0) out += `</${open.pop()}>`
  return out
}
