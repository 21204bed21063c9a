import type { AnnotationRecord } from '@shared/model/annotation'

/** Position queries over one list of annotations, answered without scanning all of them. */
export interface AnnotationIndex {
  /** Annotations (not orphaned) whose anchor covers `offset`, narrowest first (the one on top). */
  at(offset: number): AnnotationRecord[]
  /** Annotations (not orphaned) whose anchor overlaps `[start, end)`, in the list's order. */
  overlapping(start: number, end: number): AnnotationRecord[]
}

interface Entry {
  a: AnnotationRecord
  /** Position in the indexed list, to give results in the list's order. */
  i: number
  start: number
  end: number
}

const byListOrder = (x: Entry, y: Entry): number => x.i - y.i

/**
 * Sorts the anchored annotations by start once, so hit-testing on every mouse move and choosing
 * the highlights to paint cost a binary search plus the annotations near the offset. An anchor
 * that ends after `offset` starts after `offset - longest`, which bounds the scan from below.
 */
export function indexAnnotations(annotations: readonly AnnotationRecord[]): AnnotationIndex {
  const entries: Entry[] = []
  annotations.forEach((a, i) => {
    if (a.anchor.status !== 'orphaned')
      entries.push({ a, i, start: a.anchor.start, end: a.anchor.end })
  })
  entries.sort((x, y) => x.start - y.start || x.i - y.i)
  const longest = entries.reduce((m, e) => Math.max(m, e.end - e.start), 0)
  /** First entry whose start is not below `value` (or, with `strict`, above it). */
  const bound = (value: number, strict: boolean): number => {
    let lo = 0
    let hi = entries.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const s = entries[mid]!.start
      if (s < value || (strict && s === value)) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const scan = (from: number, to: number, keep: (e: Entry) => boolean): Entry[] => {
    const found: Entry[] = []
    for (let k = from; k < to; k++) if (keep(entries[k]!)) found.push(entries[k]!)
    return found
  }
  return {
    at(offset) {
      return scan(bound(offset - longest, false), bound(offset, true), (e) => offset < e.end)
        .sort(byListOrder)
        .sort((x, y) => x.end - x.start - (y.end - y.start))
        .map((e) => e.a)
    },
    overlapping(start, end) {
      return scan(bound(start - longest, false), bound(end, false), (e) => e.end > start)
        .sort(byListOrder)
        .map((e) => e.a)
    }
  }
}
