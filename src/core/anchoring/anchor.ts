import { alignEdges, edgeRank, mayRankBetter } from './align-edges'
import type { AnchorResult, AnchorSelectors, TextQuoteSelector } from './anchor-types'
import { ANCHOR_POLICY, errorBudget } from './anchor-policy'
import { contextCost } from './context-cost'
import { editDistance } from './edit-distance'
import { findBracket, findBracketAnywhere } from './find-bracket'
import { findCutSite } from './find-cut-site'
import { hashText } from './hash-text'
import {
  byScore,
  hasFirmContext,
  isAcceptable,
  isConfirmed,
  scoreCandidate,
  type Candidate,
  type ScoredCandidate
} from './score-candidate'
import { WindowSearch } from './window-search'

const ORPHANED: AnchorResult = { start: -1, end: -1, status: 'orphaned', score: 0 }

// Verbatim occurrences beyond this many are not scored: such a quote is too common to place by
// itself and the approximate search, which ranks by context, still runs.
const MAX_VERBATIM = 1000

/**
 * Finds the passage the selectors were made on in `text` (see docs on `AnchorStatus`):
 * 1. quote verbatim at the old position, text hash or context confirming → exact;
 * 2. approximate search (context included) in the window around the old position;
 * 3. unless that found a passage with both sides of its context confirmed:
 *    a. the prefix and suffix now glued together (the quote was cut out) → orphaned;
 *    b. the prefix and suffix still around the old position, a plausible rewrite of the quote
 *       between them (findBracket) → drifted, on what lies between them;
 *    c. every verbatim occurrence in the text; exactly one with its context confirmed → exact,
 *       two or more equally confirmed → orphaned (text alone cannot tell which was meant);
 *    d. approximate search in ever wider windows until one has an acceptable candidate.
 * The best acceptable candidate is returned as drifted (or exact if verbatim and confirmed); a
 * drifted one whose edges do not sit flush against its context takes the edges of the context
 * around it (findBracket) when there are any. A drifted span's edges are then settled: placed by
 * aligning context and quote together (alignEdges) where an edit at an edge left them a few
 * chars off, and, for a quote across a paragraph break, kept to the paragraphs its context
 * vouches for (see `vouched`).
 * Pass `textHash` (from `hashText`) when anchoring many selectors on one text.
 */
export function anchor(text: string, selectors: AnchorSelectors, textHash?: string): AnchorResult {
  const quote = selectors.quote
  const exact = quote.exact
  if (exact.length === 0 || exact.length > text.length) return ORPHANED
  const hint = clampHint(selectors.position.start, text.length)

  if (text.startsWith(exact, hint)) {
    if (textHash !== undefined && textHash === selectors.textHash) return exactAt(hint, exact)
    const here = { start: hint, end: hint + exact.length, errors: 0 }
    const { prefix, suffix } = scoreCandidate(text, quote, here, hint)
    // At the old position one agreeing side is enough: the position itself is evidence.
    const agrees = Math.max(prefix, suffix) >= ANCHOR_POLICY.contextAgree
    if (agrees || (textHash ?? hashText(text)) === selectors.textHash) return exactAt(hint, exact)
  }

  const windows = new WindowSearch(text, quote, hint)
  const candidates = windows.nextWindow()
  if (!candidates.some((c) => isConfirmed(c))) {
    const cut = findCutSite(text, quote, hint)
    if (cut !== null) {
      // Deleted from its context: only a (short, edited) quote at the cut site still counts.
      const atCut = candidates.filter((c) => Math.abs(c.start - cut) <= errorBudget(exact.length))
      return bestResult(text, quote, atCut, hint)
    }
    // Between its context, unless a passage the search found near explains the text with fewer
    // changed chars (a side of the context can be found within its allowed edits misaligned:
    // "The " read into "inju" of an inserted "injured The ").
    const bracket = findBracket(text, quote, hint)
    const acceptable = (): ScoredCandidate[] =>
      candidates.filter((c) => isAcceptable(c, exact.length))
    // The bracket is looked for in a wider window than the first search's: search as wide before
    // comparing, so a lightly edited passage just beyond the first window is not passed over.
    if (bracket !== null && acceptable().length === 0) candidates.push(...windows.nextWindow())
    // A passage far from the old position whose context holds only as a whole (one side edited
    // beyond the far floor, see isAcceptable) is no rival for context intact on both sides near
    // it: the generated and real news alike repeat sentences with one side of their context.
    const rival = acceptable()
      .filter((c) => hasFirmContext(c))
      .sort(byCost(text, quote, hint))[0]
    if (
      bracket !== null &&
      (rival === undefined || cost(text, quote, bracket) <= cost(text, quote, rival))
    ) {
      return settle(text, quote, bracketed(text, quote, bracket, hint), hint)
    }
    const verbatim = verbatimCandidates(text, quote, hint)
    const confirmed = verbatim.filter((c) => isConfirmed(c)).sort(byScore(hint))
    const [first, second] = confirmed
    if (first !== undefined) {
      if (second !== undefined && context(second) >= context(first)) return ORPHANED
      return exactAt(first.start, exact)
    }
    candidates.push(...verbatim)
    while (!candidates.some((c) => isAcceptable(c, exact.length)) && !windows.done) {
      candidates.push(...windows.nextWindow())
    }
  }
  const result = bestResult(text, quote, candidates, hint)
  if (result.status === 'orphaned') {
    // Shifted beyond the windows by edits above it, yet still between its intact context.
    const far = findBracketAnywhere(text, quote, hint)
    if (far !== null) return settle(text, quote, bracketed(text, quote, far, far.start), far.start)
  }
  if (result.status !== 'drifted') return result
  if (isFlush(text, quote, result)) return settle(text, quote, result, hint)
  // The context's edges replace the search's unless those explain the text with fewer changed
  // chars (on a tie the context decides: the passage is what lies between it).
  const bracket = findBracket(text, quote, hint)
  if (bracket === null) return settle(text, quote, result, hint)
  const span = text.slice(result.start, result.end)
  const found = { ...result, errors: editDistance(span, exact) }
  return cost(text, quote, bracket) <= cost(text, quote, found)
    ? settle(text, quote, bracketed(text, quote, bracket, hint), hint)
    : settle(text, quote, result, hint)
}

/** Stored context, in chars, that one side needs before its disagreement can cut a paragraph. */
const VOUCHING_CONTEXT = 16

// The final edges of a drifted result: aligned, then kept to the paragraphs its context vouches for.
function settle(
  text: string,
  quote: TextQuoteSelector,
  result: AnchorResult,
  hint: number
): AnchorResult {
  return vouched(text, quote, aligned(text, quote, result, hint), hint)
}

// A quote across a paragraph break is tied to its prefix only through its first paragraph and to
// its suffix only through its last: paragraphs move on their own. When one side of the context is
// unrelated to the text beside the span (no more alike than two unrelated windows of news text)
// while the other agrees, the outer paragraph on the unrelated side is a
// look-alike that happens to read like the quote's part ("…near a fuel depot." before a moved
// paragraph, where the quote began "fuel depot.\n\nFew expect…"): the span keeps the paragraphs
// after (or before) it, the quote's larger part that its context does vouch for.
function vouched(
  text: string,
  quote: TextQuoteSelector,
  result: AnchorResult,
  hint: number
): AnchorResult {
  if (result.status !== 'drifted') return result
  const span = text.slice(result.start, result.end)
  const first = span.indexOf('\n')
  if (first === -1) return result
  const scored = scoreCandidate(text, quote, { ...result, errors: 0 }, hint)
  const { prefix, suffix } = scored
  const { unrelatedContext: unrelated, contextAgree: agrees } = ANCHOR_POLICY
  let { start, end } = result
  // A side's context is evidence only when enough of it was stored: a few chars at the start of
  // a text lose their likeness to one deleted letter.
  if (quote.prefix.length >= VOUCHING_CONTEXT && prefix < unrelated && suffix >= agrees) {
    let at = first
    while (span.charCodeAt(at) === 10) at += 1
    start = result.start + at
  } else if (quote.suffix.length >= VOUCHING_CONTEXT && suffix < unrelated && prefix >= agrees) {
    let at = span.lastIndexOf('\n')
    while (at > 0 && span.charCodeAt(at - 1) === 10) at -= 1
    end = result.start + at
  } else {
    return result
  }
  // Only the quote's larger part is kept: a cut that leaves less would be a guess, not a span.
  if (end <= start || (end - start) * 2 < quote.exact.length) return result
  const errors = editDistance(text.slice(start, end), quote.exact)
  const { score } = scoreCandidate(text, quote, { start, end, errors }, hint)
  return { start, end, status: 'drifted', score }
}

// A drifted result whose edges do not sit flush against its context gets the edges an alignment
// of context and quote gives (alignEdges), when those explain the text with fewer changed chars
// in quote and context together, or as few with edges that read more like the stored quote's
// (edgeRank); on a full tie the edges found stand. Only the edges move:
// the passage was already found, so the span may differ from the quote by no more than before
// or than the error budget.
function aligned(
  text: string,
  quote: TextQuoteSelector,
  result: AnchorResult,
  hint: number
): AnchorResult {
  if (result.status !== 'drifted' || keepsEdges(text, quote, result)) return result
  const exact = quote.exact
  const found = { start: result.start, end: result.end, errors: 0 }
  const moved = alignEdges(text, quote, found)
  if (moved === found) return result
  // A returned span differs from the quote by at most the bracket's share (banded, so cheap).
  const most = Math.floor(exact.length * ANCHOR_POLICY.bracketMaxChange)
  const before = editDistance(text.slice(result.start, result.end), exact, most)
  const was = { ...found, errors: before }
  const limit = Math.max(before, errorBudget(exact.length))
  const errors = editDistance(text.slice(moved.start, moved.end), exact, limit)
  if (errors > limit) return result
  const now = { start: moved.start, end: moved.end, errors }
  const gain = cost(text, quote, was) - cost(text, quote, now)
  if (gain < 0 || (gain === 0 && edgeRank(text, quote, now) >= edgeRank(text, quote, was))) {
    return result
  }
  const { score } = scoreCandidate(text, quote, now, hint)
  return { start: now.start, end: now.end, status: 'drifted', score }
}

const context = (c: ScoredCandidate): number => c.prefix + c.suffix

// Whether the stored prefix ends exactly at the span's start and the suffix starts at its end:
// then the context already put the edges where they belong.
function isFlush(text: string, quote: TextQuoteSelector, r: AnchorResult): boolean {
  return (
    text.slice(r.start - quote.prefix.length, r.start) === quote.prefix &&
    r.start >= quote.prefix.length &&
    text.startsWith(quote.suffix, r.end)
  )
}

// Chars at each end of a flush span that must equal the quote's for its edges to stand as they
// are: an edit that near an edge might be explained as well by the context (see `aligned`).
const SETTLED_EDGE = 16

// Whether a span's edges cannot be bettered: flush against its context, and with no edit within
// SETTLED_EDGE chars of either edge (moving an edge inward would then cost edits of the quote's
// own unchanged chars, outward edits of the verbatim context).
function keepsEdges(text: string, quote: TextQuoteSelector, r: AnchorResult): boolean {
  if (!isFlush(text, quote, r)) return false
  // Flush against verbatim context, a realignment can only tie on edits (each char moved across
  // an edge costs the context what it saves the quote) and win on words: edges that no offset
  // nearby reads better than (between words, the stored quote's own edge words) stand.
  if (!mayRankBetter(text, quote, r)) return true
  const { exact } = quote
  const k = Math.min(SETTLED_EDGE, exact.length)
  return (
    text.startsWith(exact.slice(0, k), r.start) &&
    text.slice(r.end - k, r.end) === exact.slice(exact.length - k)
  )
}

// The span between the context: exact when it is the quote verbatim with its context confirmed
// (a moved paragraph), drifted otherwise.
function bracketed(
  text: string,
  quote: TextQuoteSelector,
  bracket: { start: number; end: number; errors: number },
  hint: number
): AnchorResult {
  const scored = scoreCandidate(text, quote, bracket, hint)
  const { start, end, score } = scored
  if (bracket.errors === 0 && isConfirmed(scored)) return exactAt(start, quote.exact)
  return { start, end, status: 'drifted', score }
}

function clampHint(start: number, length: number): number {
  if (!Number.isFinite(start)) return 0
  return Math.min(Math.max(0, Math.trunc(start)), length)
}

function exactAt(start: number, exact: string): AnchorResult {
  return { start, end: start + exact.length, status: 'exact', score: 1 }
}

function verbatimCandidates(
  text: string,
  quote: TextQuoteSelector,
  hint: number
): ScoredCandidate[] {
  const found: ScoredCandidate[] = []
  const length = quote.exact.length
  for (let at = text.indexOf(quote.exact); at !== -1 && found.length < MAX_VERBATIM;) {
    found.push(scoreCandidate(text, quote, { start: at, end: at + length, errors: 0 }, hint))
    at = text.indexOf(quote.exact, at + 1)
  }
  return found
}

// Chars changed in the quote and its context together (see contextCost).
function cost(text: string, quote: TextQuoteSelector, c: Candidate): number {
  return (
    c.errors +
    contextCost(text, quote.prefix, c.start, 'prefix') +
    contextCost(text, quote.suffix, c.end, 'suffix')
  )
}

// Orders candidates near the old position first, then by the chars changed in the quote and its
// context together (a char counts the same wherever it is, so a span cannot look better by
// swallowing part of its edited context), then by nearness to the old position.
function byCost(
  text: string,
  quote: TextQuoteSelector,
  hint: number
): (a: ScoredCandidate, b: ScoredCandidate) => number {
  const costs = new Map<ScoredCandidate, number>()
  const costOf = (c: ScoredCandidate): number => {
    let value = costs.get(c)
    if (value === undefined) {
      value = cost(text, quote, c)
      costs.set(c, value)
    }
    return value
  }
  return (a, b) =>
    Number(b.near) - Number(a.near) ||
    costOf(a) - costOf(b) ||
    Math.abs(a.start - hint) - Math.abs(b.start - hint)
}

// Picks the best acceptable candidate whose span really is within the error budget of the quote
// (checked here, not trusted from the search) and classifies it.
function bestResult(
  text: string,
  quote: TextQuoteSelector,
  candidates: ScoredCandidate[],
  hint: number
): AnchorResult {
  const length = quote.exact.length
  const budget = errorBudget(length)
  const ranked = candidates.filter((c) => isAcceptable(c, length)).sort(byCost(text, quote, hint))
  for (let c of ranked) {
    const span = text.slice(c.start, c.end)
    if (span === quote.exact && isConfirmed(c)) return exactAt(c.start, quote.exact)
    // Banding by the search's own error count is cheapest; if the span turns out to differ more
    // than the search said, rescore it with its real distance and check it against the budget.
    let errors = editDistance(span, quote.exact, c.errors)
    if (errors > c.errors) {
      errors = editDistance(span, quote.exact, budget)
      if (errors > budget) continue
      c = scoreCandidate(text, quote, { start: c.start, end: c.end, errors }, hint)
      if (!isAcceptable(c, length)) continue
    }
    return { start: c.start, end: c.end, status: 'drifted', score: c.score }
  }
  return ORPHANED
}
