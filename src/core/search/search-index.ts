import { searchDocumentId, type SearchDocument, type SearchKind } from './search-document'
import { SearchEngine } from './search-engine'
import { normaliseTerm, queryTerms, tokenize } from './search-terms'
import { leadingSnippet, markText, snippetAround, type TextPart } from './snippet'
import { PREFIX_FROM, TermMatchCache, type BestMatches } from './term-matches'

/** A MiniSearch index (with its own word scoring) plus the documents it holds (for titles and snippets of the hits). */
export interface SearchIndex {
  readonly engine: SearchEngine
  readonly docs: Map<string, SearchDocument>
  readonly matches: TermMatchCache
}

export interface SearchHit {
  /** The search document id (`kind:recordId`). */
  id: string
  kind: SearchKind
  recordId: string
  articleId: string | null
  /** The title of the article the hit belongs to (null for articles themselves and loose notes). */
  articleTitle: string | null
  /** The hit's name, matched words marked. */
  title: TextPart[]
  /** A short passage around the first match in its text, or the start of its text. */
  snippet: TextPart[]
  score: number
}

export interface SearchLimits {
  /** At most this many hits of one kind, so long articles cannot crowd out everything else. */
  perKind?: number
}

/** An empty index, or one holding `docs`. */
export function createSearchIndex(docs: Iterable<SearchDocument> = []): SearchIndex {
  const engine = new SearchEngine({
    fields: ['title', 'body', 'meta'],
    idField: 'id',
    tokenize,
    processTerm: normaliseTerm,
    searchOptions: {
      boost: { title: 3, meta: 1.5, body: 1 },
      // A whole word beats a longer word it starts ("drone" before "drones"), which beats a typo.
      weights: { prefix: 0.5, fuzzy: 0.3 }
    }
  })
  const index = {
    engine,
    docs: new Map<string, SearchDocument>(),
    matches: new TermMatchCache(engine)
  }
  addToIndex(index, docs)
  return index
}

const sameText = (a: SearchDocument, b: SearchDocument): boolean =>
  a.title === b.title && a.body === b.body && a.meta === b.meta

/** Adds documents, replacing any already indexed under the same id. */
export function addToIndex(index: SearchIndex, docs: Iterable<SearchDocument>): void {
  let changed = false
  for (const doc of docs) {
    const before = index.docs.get(doc.id)
    index.docs.set(doc.id, doc)
    if (before && sameText(before, doc)) continue
    // discard() marks the old version dead without walking its terms, as remove() would.
    if (before) index.engine.discard(doc.id)
    index.engine.add(doc)
    changed = true
  }
  if (changed) index.matches.clear()
}

/** Removes documents by id; ids not in the index are ignored. */
export function removeFromIndex(index: SearchIndex, ids: Iterable<string>): void {
  for (const id of ids) {
    if (!index.docs.delete(id)) continue
    index.engine.discard(id)
    index.matches.clear()
  }
}

/** The best documents matching every word of the query, best first. */
function rank(index: SearchIndex, query: string, limit: number, perKind: number): BestMatches {
  const terms = queryTerms(query)
  const last = terms.at(-1)
  if (!last) return { ranked: [], words: new Set() }
  const spec = terms.map((term) => ({ term, exact: term.length < PREFIX_FROM }))
  const best = index.matches.best(spec, limit, perKind)
  // A short last word is usually a word still being typed ("militia fi"): rather than show
  // nothing until it is long enough to expand, keep the hits of the words before it.
  if (best.ranked.length === 0 && terms.length > 1 && last.length < PREFIX_FROM)
    return index.matches.best(spec.slice(0, -1), limit, perKind)
  return best
}

/**
 * The best hits for `query`: every word must match (words of three letters or more may be the
 * start of a longer word, long ones may have a typo), at most `limit` in all and `perKind` of
 * each kind, best first.
 */
export function searchIndex(
  index: SearchIndex,
  query: string,
  limit = 20,
  { perKind = limit }: SearchLimits = {}
): SearchHit[] {
  // Only the hits shown get a title and snippet cut: a common word matches tens of thousands.
  const { ranked, words } = rank(index, query, limit, perKind)
  const hits: SearchHit[] = []
  for (const result of ranked) {
    const doc = index.docs.get(result.id)
    if (doc) hits.push(toHit(index, doc, words, result.score))
  }
  return hits
}

function toHit(
  index: SearchIndex,
  doc: SearchDocument,
  terms: ReadonlySet<string>,
  score: number
): SearchHit {
  const article =
    doc.kind !== 'article' && doc.articleId
      ? index.docs.get(searchDocumentId('article', doc.articleId))
      : undefined
  return {
    id: doc.id,
    kind: doc.kind,
    recordId: doc.recordId,
    articleId: doc.articleId,
    articleTitle: article?.title ?? null,
    title:
      doc.title.length > 160
        ? (snippetAround(doc.title, terms) ?? leadingSnippet(doc.title, terms))
        : markText(doc.title, terms),
    snippet:
      snippetAround(doc.body, terms) ??
      snippetAround(doc.meta, terms) ??
      leadingSnippet(doc.body, terms),
    score
  }
}
