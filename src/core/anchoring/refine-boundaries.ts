import type { TextQuoteSelector } from './anchor-types'
import { errorBudget } from './anchor-policy'
import { editDistance, similarity } from './edit-distance'
import type { Candidate } from './score-candidate'

// Caps the chars an edge may move, and so the work: two context comparisons per char.
const MAX_SHIFT = 16

/**
 * Moves a candidate's edges to where its stored prefix best ends and suffix best begins, within
 * the quote's error budget. The search finds the span with the fewest edits, but chars inserted
 * just inside an edge ("The" → "Taaaahe") make "ahe…" one edit away and "Taaaahe…" four; the
 * annotated passage is what lies between its context, so the context decides the edges.
 * Returns the candidate unchanged when no move helps or the moved span exceeds the budget.
 */
export function refineBoundaries(
  text: string,
  quote: TextQuoteSelector,
  candidate: Candidate
): Candidate {
  const { prefix, suffix, exact } = quote
  const budget = errorBudget(exact.length)
  const shift = Math.min(budget, MAX_SHIFT)
  if (shift === 0) return candidate
  const { start, end } = candidate
  // The position in [from, to] where `score` is highest; `keep` wins ties.
  const best = (from: number, to: number, score: (at: number) => number, keep: number): number => {
    let bestAt = keep
    let bestScore = score(keep)
    for (let at = from; at <= to; at++) {
      const s = score(at)
      if (s > bestScore || (s === bestScore && Math.abs(at - keep) < Math.abs(bestAt - keep))) {
        bestAt = at
        bestScore = s
      }
    }
    return bestAt
  }
  const newStart =
    prefix.length === 0
      ? start
      : best(
          Math.max(0, start - shift),
          Math.min(end - 1, start + shift),
          (at) => similarity(prefix, text.slice(Math.max(0, at - prefix.length), at)),
          start
        )
  const newEnd =
    suffix.length === 0
      ? end
      : best(
          Math.max(newStart + 1, end - shift),
          Math.min(text.length, end + shift),
          (at) => similarity(suffix, text.slice(at, at + suffix.length)),
          end
        )
  if (newStart === start && newEnd === end) return candidate
  const errors = editDistance(text.slice(newStart, newEnd), exact, budget)
  return errors <= budget ? { start: newStart, end: newEnd, errors } : candidate
}
