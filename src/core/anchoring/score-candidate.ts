import type { TextQuoteSelector } from './anchor-types'
import { ANCHOR_POLICY, errorBudget } from './anchor-policy'
import { contextCost } from './context-cost'

/** A span of the current text that may hold the quote, with its edit distance to the quote. */
export interface Candidate {
  start: number
  end: number
  errors: number
}

/** A candidate with the evidence for it, each in 0..1. */
export interface ScoredCandidate extends Candidate {
  prefix: number
  suffix: number
  score: number
  /** Within the first search window around the old position. */
  near: boolean
  /** Every stored side of the context agrees with it; see `isConfirmed`. */
  confirmed: boolean
  /** Both a prefix and a suffix were stored (the quote touched neither edge of the text). */
  bothStored: boolean
}

// An empty stored context means the quote touched the start or end of the text; landing on the
// same edge confirms it, landing elsewhere neither confirms nor contradicts it.
const UNKNOWN_CONTEXT = 0.5

// Aligned at the candidate's edge and free at the far end (see contextCost): a word inserted into
// the context costs its own length only, so the true span keeps the better context.
function contextSimilarity(
  text: string,
  expected: string,
  at: number,
  side: 'prefix' | 'suffix'
): number {
  const atEdge = side === 'prefix' ? at === 0 : at === text.length
  if (expected.length === 0) return atEdge ? 1 : UNKNOWN_CONTEXT
  // The text now ends (or starts) right at the candidate: what followed was cut, which neither
  // confirms nor contradicts the passage, just as for a quote that touched an edge.
  if (atEdge) return UNKNOWN_CONTEXT
  const plain = 1 - contextCost(text, expected, at, side) / expected.length
  return Math.max(plain, paragraphSimilarity(text, expected, at, side))
}

// A stored context that crosses a paragraph break ("\n") holds text of the next paragraph, which
// stays behind when the quote's paragraph is moved alone. Where the text beside the candidate
// breaks at the same place, only the part on the quote's side of the break is compared, as the
// text's edge would be: the break itself is the evidence that the rest was never this passage's.
function paragraphSimilarity(
  text: string,
  expected: string,
  at: number,
  side: 'prefix' | 'suffix'
): number {
  const cut = side === 'prefix' ? expected.lastIndexOf('\n') : expected.indexOf('\n')
  if (cut === -1) return 0
  const local = side === 'prefix' ? expected.slice(cut + 1) : expected.slice(0, cut)
  const from = side === 'prefix' ? at - local.length : at
  const breakAt = side === 'prefix' ? from - 1 : from + local.length
  if (text.charCodeAt(breakAt) !== 10 || text.slice(from, from + local.length) !== local) return 0
  return 1
}

/** Scores a candidate by quote, prefix and suffix similarity and nearness to the old start. */
export function scoreCandidate(
  text: string,
  quote: TextQuoteSelector,
  candidate: Candidate,
  hint: number
): ScoredCandidate {
  const { start, end, errors } = candidate
  const p = ANCHOR_POLICY
  const prefix = contextSimilarity(text, quote.prefix, start, 'prefix')
  const suffix = contextSimilarity(text, quote.suffix, end, 'suffix')
  const quoteScore = Math.max(0, 1 - errors / quote.exact.length)
  const position = 1 / (1 + Math.abs(start - hint) / p.positionScale)
  const score =
    p.quoteWeight * quoteScore +
    p.prefixWeight * prefix +
    p.suffixWeight * suffix +
    p.positionWeight * position
  // A side with no stored context (the quote touched an edge of the text) neither confirms nor
  // contradicts; at least one stored side must confirm. Far away, agreeing takes more.
  const near = isNear(start, hint, quote.exact.length)
  const agree = near ? p.contextAgree : p.farExactContext
  const prefixOk = quote.prefix.length === 0 || prefix >= agree
  const suffixOk = quote.suffix.length === 0 || suffix >= agree
  const stored = quote.prefix.length + quote.suffix.length > 0
  const confirmed = prefixOk && suffixOk && (stored || (start === 0 && end === text.length))
  const bothStored = quote.prefix.length > 0 && quote.suffix.length > 0
  return { start, end, errors, prefix, suffix, score, near, confirmed, bothStored }
}

/** Whether `start` lies in the first search window around the old position `hint`. */
export function isNear(start: number, hint: number, quoteLength: number): boolean {
  return Math.abs(start - hint) <= quoteLength + ANCHOR_POLICY.firstWindowSlack
}

/**
 * Whether a candidate may be returned at all: within the error budget, above the minimum score,
 * and with its context similar enough. Near the old position each side must be above the near
 * floor, except that one agreeing side suffices for a verbatim quote (its words are the evidence
 * the other side lacks). Farther away the context taken as a whole must be above the far floor,
 * each side still being real evidence (above the near floor): a word inserted into one side
 * costs its length there, so one edited side of an intact passage drops below the far floor
 * alone ("were denied" → "were residents denied": 10 of 32 chars) while the two sides together
 * still read as the same context, as the window search's pattern (context and quote in one)
 * already treats them. With one side not stored (the quote touched an edge of the text) the
 * other must be above the far floor by itself.
 */
export function isAcceptable(candidate: ScoredCandidate, quoteLength: number): boolean {
  const p = ANCHOR_POLICY
  const { near, prefix, suffix, errors } = candidate
  const low = Math.min(prefix, suffix)
  const bothStored = candidate.bothStored
  const context = near
    ? low >= p.nearContextFloor || (errors === 0 && Math.max(prefix, suffix) >= p.contextAgree)
    : bothStored
      ? low >= p.nearContextFloor && (prefix + suffix) / 2 >= p.farContextFloor
      : low >= p.farContextFloor
  return (
    errors <= errorBudget(quoteLength) &&
    context &&
    candidate.score >= (near ? p.nearMinScore : p.farMinScore)
  )
}

/**
 * Whether its context alone would have placed it: near the old position, or with every stored
 * side above the far floor. A far candidate accepted on its context as a whole is not.
 */
export function hasFirmContext(candidate: ScoredCandidate): boolean {
  if (candidate.near) return true
  const floor = ANCHOR_POLICY.farContextFloor
  return Math.min(candidate.prefix, candidate.suffix) >= floor
}

/** Whether its stored context agrees around it: enough to call a verbatim quote exact. */
export function isConfirmed(candidate: ScoredCandidate): boolean {
  return candidate.confirmed
}

/** Orders candidates best first: higher score, then nearer to the old position. */
export function byScore(hint: number): (a: ScoredCandidate, b: ScoredCandidate) => number {
  return (a, b) => b.score - a.score || Math.abs(a.start - hint) - Math.abs(b.start - hint)
}
