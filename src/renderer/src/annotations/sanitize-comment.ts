import DOMPurify from 'dompurify'

/** Comments may hold basic formatting and links, nothing else; links open outside the app. */
export function sanitizeComment(html: string): string {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'a', 'code'],
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i
  })
  return clean.replace(/<a /g, '<a target="_blank" rel="noopener noreferrer" ')
}
