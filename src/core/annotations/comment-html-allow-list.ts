// What a comment's HTML may hold, in one place: the renderer's DOMPurify config
// (renderer/src/annotations/sanitize-comment.ts), core's DOM-free rebuild for exported files
// (core/export/data/sanitize-comment-html.ts) and the comment editor's link protocols all read it,
// so a comment shown in the app and the same comment in an export keep the same markup.

/** Elements a comment keeps: the comment editor's basic formatting, lists and links. */
export const COMMENT_ALLOWED_TAGS = Object.freeze([
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'a',
  'code'
] as const)

export type CommentTag = (typeof COMMENT_ALLOWED_TAGS)[number]

/** The only attribute kept, on links. */
export const COMMENT_ALLOWED_ATTRIBUTES = Object.freeze(['href'] as const)

/** Link schemes a comment may point to; anything else (javascript:, data:, file:) loses its href. */
export const COMMENT_LINK_PROTOCOLS = Object.freeze(['http', 'https', 'mailto'] as const)

/** A link target is kept when it starts with one of {@link COMMENT_LINK_PROTOCOLS}. */
export const COMMENT_SAFE_URL = new RegExp(`^(?:${COMMENT_LINK_PROTOCOLS.join('|')}):`, 'i')
