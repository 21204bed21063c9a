import type { AnchorResult } from '../../../shared/model/anchor'
import type { ArticleRecord } from '../../../shared/model/article'
import { pdfPageOfRange } from '../../article/pdf/pdf-rects-for-range'

/** RFC 3778's PDF fragment identifiers, as the W3C Web Annotation model names them. */
export const PDF_FRAGMENT_CONFORMS_TO = 'http://tools.ietf.org/rfc/rfc3778'

export interface FragmentSelector {
  type: 'FragmentSelector'
  conformsTo: string
  value: string
}

/**
 * For a passage of an article imported from a PDF, the page of the original it starts on
 * (`page=N`); nothing for other articles, orphaned passages, or a text updated since the import
 * (its page map no longer fits).
 */
export function pdfPageSelector(
  article: ArticleRecord | undefined,
  anchor: AnchorResult
): FragmentSelector[] {
  const layout = article?.pdfLayout
  if (!article || !layout || layout.textHash !== article.contentHash) return []
  if (anchor.status === 'orphaned' || anchor.start < 0 || anchor.end <= anchor.start) return []
  const page = pdfPageOfRange(layout, anchor.start, anchor.end)
  return page === null
    ? []
    : [{ type: 'FragmentSelector', conformsTo: PDF_FRAGMENT_CONFORMS_TO, value: `page=${page}` }]
}
