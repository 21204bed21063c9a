import search from 'approx-string-match'
import type { TextQuoteSelector } from './anchor-types'
import { ANCHOR_POLICY, errorBudget } from './anchor-policy'
import { contextCost } from './context-cost'
import { refineBoundaries } from './refine-boundaries'
import {
  isAcceptable,
  scoreCandidate,
  type Candidate,
  type ScoredCandidate
} from './score-candidate'

interface Region {
  lo: number
  hi: number
}

/**
 * Approximate search for a quote in windows around its old position that grow geometrically,
 * one window per `nextWindow()` call, each returning the acceptable candidates it found.
 *
 * We search for prefix + quote + suffix, not the quote alone, allowing the quote's error budget
 * plus what the context floor allows the context to differ by. approx-string-match reports only
 * the lowest-error matches of a search, so searching the quote alone would let one look-alike
 * hide the real, more edited, passage; with the context in the pattern, the real passage ranks
 * first and look-alikes in unrelated context exceed the error limit and are never reported.
 * When the best matches of a region are still rejected, the region is split around them and the
 * pieces are searched again, up to `ANCHOR_POLICY.maxSearches` searches per anchor.
 *
 * Cost: Myers' algorithm is O(window · errors / 32). Long quotes are not split: a near-first
 * window keeps them cheap when the passage is still near its old place, and splitting into head
 * and tail would miss a quote whose head or tail was rewritten within the error budget.
 */
export class WindowSearch {
  private readonly text: string
  private readonly quote: TextQuoteSelector
  private readonly hint: number
  private readonly pattern: string
  private readonly budget: number
  private readonly context: number
  private maxErrors: number
  private searched: Region | null = null
  private slack: number
  private searches = 0
  private readonly seen = new Set<string>()

  constructor(text: string, quote: TextQuoteSelector, hint: number) {
    this.text = text
    this.quote = quote
    this.hint = hint
    this.context = quote.prefix.length + quote.suffix.length
    this.budget = errorBudget(quote.exact.length)
    this.pattern = quote.prefix + quote.exact + quote.suffix
    this.maxErrors = this.errorsAllowed(ANCHOR_POLICY.nearContextFloor)
    this.slack = quote.exact.length + ANCHOR_POLICY.firstWindowSlack
  }

  /** True once the whole text has been searched or the search allowance is spent. */
  get done(): boolean {
    const s = this.searched
    const whole = s !== null && s.lo === 0 && s.hi === this.text.length
    return whole || this.searches >= ANCHOR_POLICY.maxSearches
  }

  /** Searches the next, wider window (only the part not searched yet); returns its candidates. */
  nextWindow(): ScoredCandidate[] {
    if (this.done) return []
    const { quote, hint, text } = this
    const lo = Math.max(0, hint - this.slack - quote.prefix.length)
    const hi = Math.min(text.length, hint + quote.exact.length + this.slack + quote.suffix.length)
    this.slack *= ANCHOR_POLICY.windowGrowth
    const regions = this.newRegions(lo, hi)
    if (this.searched !== null) this.maxErrors = this.errorsAllowed(ANCHOR_POLICY.farContextFloor)
    this.searched = { lo, hi }
    const accepted: ScoredCandidate[] = []
    while (regions.length > 0 && this.searches < ANCHOR_POLICY.maxSearches) {
      const region = regions.pop()
      if (region === undefined || region.hi - region.lo < this.pattern.length - this.maxErrors) {
        continue
      }
      this.searches += 1
      const matches = search(text.slice(region.lo, region.hi), this.pattern, this.maxErrors)
      const found = this.candidatesIn(region, matches)
      if (found.length > 0) accepted.push(...found)
      else regions.push(...this.splitAround(region, matches))
    }
    return accepted
  }

  // The quote's budget plus what the context floor lets the context differ by.
  private errorsAllowed(contextFloor: number): number {
    return this.budget + Math.floor((1 - contextFloor) * this.context)
  }

  // The flanks of the new window not covered by the previous one. They overlap it by the longest
  // possible match, so a match straddling the old edge is seen whole in one flank.
  private newRegions(lo: number, hi: number): Region[] {
    const previous = this.searched
    if (previous === null) return [{ lo, hi }]
    const reach = this.pattern.length + this.maxErrors
    const regions: Region[] = []
    if (lo < previous.lo) regions.push({ lo, hi: Math.min(hi, previous.lo + reach) })
    if (hi > previous.hi) regions.push({ lo: Math.max(lo, previous.hi - reach), hi })
    return regions
  }

  // Finds the quote inside each context+quote match and keeps the acceptable ones.
  private candidatesIn(region: Region, matches: ReturnType<typeof search>): ScoredCandidate[] {
    const { text, quote } = this
    const accepted: ScoredCandidate[] = []
    for (const match of matches) {
      const lo = region.lo + match.start
      const inner = search(text.slice(lo, region.lo + match.end), quote.exact, this.budget)
      for (const q of inner) {
        const candidate = { start: lo + q.start, end: lo + q.end, errors: q.errors }
        const key = `${candidate.start}:${candidate.end}`
        if (this.seen.has(key)) continue
        this.seen.add(key)
        const scored = this.evaluate(candidate)
        if (scored !== null) accepted.push(scored)
      }
    }
    return accepted
  }

  // Scores a candidate as found and with its edges moved towards where the context puts them
  // (see refineBoundaries) and keeps the acceptable one that changes fewer chars of quote and
  // context together (see contextCost); null when neither is acceptable. Moving an edge by the
  // context alone can swallow part of an edited context: "in Palmyra reportedly without" read
  // against a stored " Palmyra without" looks better with "Palmyra re" taken into the quote.
  private evaluate(candidate: Candidate): ScoredCandidate | null {
    const { text, quote, hint } = this
    const length = quote.exact.length
    const found = scoreCandidate(text, quote, candidate, hint)
    const ok = isAcceptable(found, length)
    if (found.prefix === 1 && found.suffix === 1) return ok ? found : null
    const moved = refineBoundaries(text, quote, candidate)
    if (moved === candidate) return ok ? found : null
    const refined = scoreCandidate(text, quote, moved, hint)
    if (!isAcceptable(refined, length)) return ok ? found : null
    if (!ok) return refined
    // On a tie the context decides: the passage is what lies between it.
    return this.cost(refined) <= this.cost(found) ? refined : found
  }

  private cost(c: Candidate): number {
    const { text, quote } = this
    return (
      c.errors +
      contextCost(text, quote.prefix, c.start, 'prefix') +
      contextCost(text, quote.suffix, c.end, 'suffix')
    )
  }

  // Pieces of the region that cannot contain any of the rejected matches whole (each piece keeps
  // at most half of a match), so searching them reports the next-best matches instead.
  private splitAround(region: Region, matches: ReturnType<typeof search>): Region[] {
    if (matches.length === 0) return []
    const half = Math.ceil(this.pattern.length / 2)
    const spans = matches
      .map((m) => ({ lo: region.lo + m.start, hi: region.lo + m.end }))
      .sort((a, b) => a.lo - b.lo)
    const pieces: Region[] = []
    let pieceLo = region.lo
    for (const span of spans) {
      pieces.push({ lo: pieceLo, hi: Math.min(region.hi, span.lo + half) })
      pieceLo = Math.max(pieceLo, span.hi - half)
    }
    pieces.push({ lo: pieceLo, hi: region.hi })
    return pieces.filter((p) => p.hi > p.lo && (p.lo > region.lo || p.hi < region.hi))
  }
}
