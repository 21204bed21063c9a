import type { AnnotationRecord } from '@shared/model/annotation'

/**
 * What a drifted passage reads in the article's current text, when that differs from the quote
 * the analyst chose: confirming a drifted annotation means comparing the two.
 */
export function driftedText(
  a: Pick<AnnotationRecord, 'anchor' | 'selectors'>,
  articleText: string | undefined
): string | null {
  if (a.anchor.status !== 'drifted' || !articleText) return null
  const now = articleText.slice(a.anchor.start, a.anchor.end)
  return now && now !== a.selectors.quote.exact ? now : null
}
