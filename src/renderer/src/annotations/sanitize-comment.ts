import DOMPurify from 'dompurify'
import {
  COMMENT_ALLOWED_ATTRIBUTES,
  COMMENT_ALLOWED_TAGS,
  COMMENT_SAFE_URL
} from '@core/annotations/comment-html-allow-list'

/** Comments may hold basic formatting and links, nothing else; links open outside the app. */
export function sanitizeComment(html: string): string {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: [...COMMENT_ALLOWED_TAGS],
    ALLOWED_ATTR: [...COMMENT_ALLOWED_ATTRIBUTES],
    ALLOWED_URI_REGEXP: COMMENT_SAFE_URL
  })
  return clean.replace(/<a /g, '<a target="_blank" rel="noopener noreferrer" ')
}
