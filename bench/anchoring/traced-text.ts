import type { Span } from './build-scenarios'

/**
 * Where a quote truly is in an edited text. An insertion right at an edge of the quote could as
 * well belong to the quote as to its context, so each edge is a range: `start` anywhere in
 * [startLo, startHi] and `end` anywhere in [endLo, endHi] is the true place.
 */
export interface Truth {
  startLo: number
  startHi: number
  endLo: number
  endHi: number
  /** The quote's surviving chars no longer form one run (its paragraphs were moved apart). */
  split?: boolean
}

/** The truth for a span that was not edited at its edges: both ranges are single points. */
export const exactTruth = (span: Span): Truth => ({
  startLo: span.start,
  startHi: span.start,
  endLo: span.end,
  endHi: span.end
})

/**
 * A text built from pieces of an original text and new text, remembering for every char of the
 * result whether it was copied (and from where) or inserted. From that map `truthOf` finds where
 * a quote of the original ended up, whatever the edits were (rewrites, word edits, moves), so
 * the bench judges "in place" and "misplaced" against the true position, never by assumption.
 */
export class TracedText {
  private readonly original: string
  private readonly parts: string[] = []
  // For each char of the result: its index in the original, or -1 when inserted.
  private readonly origins: number[] = []

  constructor(original: string) {
    this.original = original
  }

  /** Appends original[start, end), copied. */
  copy(start: number, end: number): void {
    if (end <= start) return
    this.parts.push(this.original.slice(start, end))
    for (let i = start; i < end; i++) this.origins.push(i)
  }

  /** Appends new text. */
  insert(text: string): void {
    if (text.length === 0) return
    this.parts.push(text)
    for (let i = 0; i < text.length; i++) this.origins.push(-1)
  }

  /** The text built so far and a function giving each original quote's true place in it. */
  finish(): { text: string; truthOf: (quote: Span) => Truth | null } {
    const text = this.parts.join('')
    const origins = Int32Array.from(this.origins)
    const placed = new Int32Array(this.original.length).fill(-1)
    origins.forEach((from, to) => {
      if (from >= 0) placed[from] = to
    })
    return { text, truthOf: (quote) => truthOf(origins, placed, quote) }
  }
}

// The quote's surviving chars, taken as the longest run that stays together and in order in the
// new text (inserted chars between survivors are part of it); null when none survive. Each edge
// may extend over text inserted right next to it.
function truthOf(origins: Int32Array, placed: Int32Array, quote: Span): Truth | null {
  let best: { first: number; last: number; kept: number } | null = null
  let run: { first: number; last: number; kept: number } | null = null
  let runs = 0
  for (let i = quote.start; i < quote.end; i++) {
    const to = placed[i] ?? -1
    if (to < 0) continue
    // Chars between two survivors that were copied from elsewhere mean the quote was split.
    const follows =
      run !== null && to > run.last && origins.subarray(run.last + 1, to).every((f) => f < 0)
    if (run !== null && follows) {
      run.last = to
      run.kept += 1
    } else {
      run = { first: to, last: to, kept: 1 }
      runs += 1
    }
    if (best === null || run.kept > best.kept) best = { ...run }
  }
  if (best === null) return null
  let startLo = best.first
  while (startLo > 0 && (origins[startLo - 1] ?? 0) < 0) startLo -= 1
  let endHi = best.last + 1
  while (endHi < origins.length && (origins[endHi] ?? 0) < 0) endHi += 1
  const truth = { startLo, startHi: best.first, endLo: best.last + 1, endHi }
  return runs > 1 ? { ...truth, split: true } : truth
}
