/**
 * Whether a quote dropped between two characters needs a space before or after it, so that
 * "reported" + quote reads "reported “…”" and a quote before a word does not run into it.
 * No space after an opening bracket or quote, a dash or a space, nor before punctuation.
 */
export function quoteSpacing(before: string, after: string): { lead: boolean; trail: boolean } {
  const lead = before !== '' && /[\p{L}\p{N}\p{Pe}\p{Pf}.,;:!?%]$/u.test(before)
  const trail = after !== '' && /^[\p{L}\p{N}\p{Ps}\p{Pi}]/u.test(after)
  return { lead, trail }
}
