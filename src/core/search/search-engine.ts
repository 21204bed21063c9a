import MiniSearch from 'minisearch'
import { DocColumns } from './doc-columns'
import type { SearchDocument, SearchKind } from './search-document'

/** How one query word is matched: also as the start of longer words, and with how many typos. */
export interface WordMatching {
  prefix: boolean
  /** Edits forgiven (0: spelled exactly). */
  typos: number
}

/** The documents one query word matches, with MiniSearch's scores. */
export interface WordScores {
  /** Internal (short) ids of the matching documents, in the order they were met. */
  readonly docs: readonly number[]
  /** Each document's score by internal id; 0 (or out of range) where the word does not match. */
  readonly scores: Float64Array
  /** The indexed words it matched: itself, longer words it starts, words a typo away. */
  readonly words: readonly string[]
}

// MiniSearch's own index layout: word → field id → document id → occurrences.
type Postings = Map<number, Map<number, number>>

/**
 * MiniSearch with a leaner way to score one word. MiniSearch's search builds a result object
 * (matched terms, fields, stored fields) for every matching document and sorts them all; a
 * common word being typed ("mil" → military, militia, million) matches 19,000 of 50,000
 * documents, and that bookkeeping, not the BM25 arithmetic, took most of a keystroke's time.
 * Here the same scores are summed into a typed array by internal id; the caller picks the few
 * best and asks for their ids afterwards.
 */
export class SearchEngine extends MiniSearch<SearchDocument> {
  private readonly columns = new DocColumns(Object.keys(this._fieldIds).length)

  override add(doc: SearchDocument): void {
    super.add(doc)
    const short = this._idToShortId.get(doc.id) as number
    this.columns.add(short, doc.kind, this._fieldLength.get(short) ?? [])
  }

  override discard(id: string): void {
    const short = this._idToShortId.get(id) as number | undefined
    super.discard(id)
    if (short !== undefined) this.columns.drop(short)
  }

  override remove(doc: SearchDocument): void {
    const short = this._idToShortId.get(doc.id) as number | undefined
    super.remove(doc)
    if (short !== undefined) this.columns.drop(short)
  }

  override removeAll(docs?: readonly SearchDocument[]): void {
    if (docs) for (const doc of docs) this.remove(doc)
    else {
      super.removeAll()
      this.columns.clear()
    }
  }

  /** The document id (`kind:recordId`) of an internal id; undefined once discarded. */
  idOf(short: number): string | undefined {
    return this._documentIds.get(short) as string | undefined
  }

  /** The kind of the document with this internal id. */
  kindOf(short: number): SearchKind {
    return this.columns.kindOf(short)
  }

  /**
   * Scores every document `term` matches exactly as `search(term, { prefix, fuzzy: typos })`
   * would (BM25 per field, field boosts, prefix and typo weights from the search options).
   */
  scoreWord(term: string, { prefix, typos }: WordMatching): WordScores {
    const { boost, weights, bm25 } = this._options.searchOptions
    const derived: { word: string; postings: Postings; weight: number }[] = []
    const exact = this._index.get(term) as Postings | undefined
    if (exact) derived.push({ word: term, postings: exact, weight: 1 })
    const near = typos > 0 ? this._index.fuzzyGet(term, typos) : undefined
    if (prefix) {
      for (const [word, postings] of this._index.atPrefix(term)) {
        const distance = word.length - term.length
        if (distance === 0) continue
        // A longer word is scored as a prefix match, never as a typo (as MiniSearch does).
        near?.delete(word)
        const weight = (weights.prefix * word.length) / (word.length + 0.3 * distance)
        derived.push({ word, postings: postings as Postings, weight })
      }
    }
    for (const [word, [postings, distance]] of near ?? []) {
      if (distance === 0) continue
      const weight = (weights.fuzzy * word.length) / (word.length + distance)
      derived.push({ word, postings: postings as Postings, weight })
    }

    const scores = new Float64Array(this._nextId)
    const docs: number[] = []
    const { k, b, d } = bm25
    const fieldBoosts = Object.entries(this._fieldIds).map(
      ([field, id]) => [id, boost[field] || 1] as const
    )
    // Discarded documents stay in the postings until the index is vacuumed; MiniSearch does not
    // count them in a word's document frequency, nor does this.
    const dirty = this._dirtCount > 0
    const columns = this.columns
    const count = this._documentCount
    for (const { postings, weight } of derived) {
      for (const [fieldId, fieldBoost] of fieldBoosts) {
        const freqs = postings.get(fieldId)
        if (!freqs) continue
        let matching = freqs.size
        if (dirty) for (const doc of freqs.keys()) if (!columns.isLive(doc)) matching--
        const idf = Math.log(1 + (count - matching + 0.5) / (matching + 0.5))
        const scale = weight * fieldBoost
        const average = this._avgFieldLength[fieldId]!
        const lengths = columns.fieldLengths(fieldId)
        for (const [doc, freq] of freqs) {
          if (dirty && !columns.isLive(doc)) continue
          const length = lengths[doc]!
          // Written as MiniSearch writes it, so that scores agree to the last bit.
          const bm25Score =
            idf * (d + (freq * (k + 1)) / (freq + k * (1 - b + (b * length) / average)))
          const sum = scores[doc]!
          if (sum === 0) docs.push(doc)
          scores[doc] = sum + scale * bm25Score
        }
      }
    }
    return { docs, scores, words: derived.map((w) => w.word) }
  }
}
