/**
 * The original file an article was imported from, kept where the reader needs it (a PDF's pages
 * for the page view). One per article, keyed by the article's id.
 */
export interface SourceFileRecord {
  articleId: string
  fileName: string
  mediaType: 'application/pdf'
  bytes: Uint8Array
}
