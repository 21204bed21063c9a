import type { ArticleSummaryRecord } from '../../shared/model/article-summary'

type Filterable = Pick<ArticleSummaryRecord, 'title' | 'source'>

// Each summary's text, lower-cased once: a keystroke in the filter then costs one pass of
// `includes` over ten thousand short strings (about a millisecond), not ten thousand lower-casings.
const haystacks = new WeakMap<Filterable, string>()
const haystackOf = (s: Filterable): string => {
  let text = haystacks.get(s)
  if (text === undefined) {
    text = `${s.title}\n${s.source}`.toLocaleLowerCase()
    haystacks.set(s, text)
  }
  return text
}

/**
 * The summaries whose title or source holds every word of `query` (any case, any order), in
 * their order; all of them for a blank query.
 */
export function filterArticleSummaries<T extends Filterable>(
  summaries: readonly T[],
  query: string
): T[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...summaries]
  return summaries.filter((s) => {
    const text = haystackOf(s)
    return words.every((w) => text.includes(w))
  })
}
