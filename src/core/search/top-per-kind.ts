import type { SearchKind } from './search-document'

/** A scored document by its search engine's internal id. */
export interface ScoredDoc {
  doc: number
  score: number
}

// Higher score first; among equal scores the document indexed first, so ties do not reorder
// from one keystroke to the next.
const before = (a: ScoredDoc, b: ScoredDoc): boolean =>
  a.score > b.score || (a.score === b.score && a.doc < b.doc)

/**
 * The best documents offered, at most `perKind` of each kind, without sorting everything
 * offered: a common word offers tens of thousands of documents for some forty shown.
 */
export class TopPerKind {
  private readonly kept: Record<SearchKind, ScoredDoc[]> = {
    article: [],
    annotation: [],
    event: [],
    note: []
  }

  constructor(private readonly perKind: number) {}

  offer(doc: number, score: number, kind: SearchKind): void {
    const kept = this.kept[kind]
    if (kept.length === this.perKind) {
      // Full: most documents offered are no better than the worst kept, and end here.
      if (this.perKind === 0 || !before({ doc, score }, kept[kept.length - 1]!)) return
      kept.pop()
    }
    let at = kept.length
    while (at > 0 && before({ doc, score }, kept[at - 1]!)) at--
    kept.splice(at, 0, { doc, score })
  }

  /** The `limit` best of those kept, best first. */
  best(limit: number): ScoredDoc[] {
    return Object.values(this.kept)
      .flat()
      .sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
      .slice(0, limit)
  }
}
