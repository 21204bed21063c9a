// Loaded on demand (dynamic import): the suggester, its gazetteer and chrono-node are large, and
// the reader must paint before any of them is needed.
import { createAnchorer } from '../../../core/anchoring'
import { eventFromSuggestion } from '../../../core/event-drafts/event-from-suggestion'
import type { PassageMentions } from '../../../core/events'
import {
  createLexicon,
  suggestEvents,
  suggestFromPassage,
  type Lexicon
} from '../../../core/suggest'
import type { ArticleRecord } from '../../../shared/model/article'
import type { ActorRecord, EventRecord } from '../../../shared/model/event'
import { newId } from '../db/new-id'
import type { Proposal } from './SuggestionsReview'

let cached: { actors: readonly ActorRecord[]; lexicon: Lexicon } | null = null

/** The lexicon for the registry as it is, rebuilt only when the registry changed. */
function lexiconFor(actors: readonly ActorRecord[]): Lexicon {
  if (cached?.actors !== actors) cached = { actors, lexicon: createLexicon(actors) }
  return cached.lexicon
}

/** The event draft for a selected passage, with what the passage names (for split proposals). */
export function draftFromPassage(
  article: ArticleRecord,
  text: string,
  span: { start: number; end: number },
  actors: readonly ActorRecord[]
): { draft: EventRecord; mentions: PassageMentions } {
  const s = suggestFromPassage(text, span.start, span.end, {
    publishedAt: article.publishedAt || undefined,
    lexicon: lexiconFor(actors)
  })
  const draft = eventFromSuggestion(s, article.id, createAnchorer(text), newId, new Date())
  return { draft: { ...draft, sourceName: article.source }, mentions: s.mentions }
}

/** Every event the suggester proposes for the article, with the passage each came from. */
export function draftsForArticle(
  article: ArticleRecord,
  text: string,
  actors: readonly ActorRecord[]
): Proposal[] {
  const anchorer = createAnchorer(text)
  const now = new Date()
  return suggestEvents(text, {
    publishedAt: article.publishedAt || undefined,
    lexicon: lexiconFor(actors)
  }).map((s, i) => ({
    key: `${i}-${s.passage.start}`,
    draft: {
      ...eventFromSuggestion(s, article.id, anchorer, newId, now),
      sourceName: article.source
    },
    passage: text.slice(s.passage.start, s.passage.end),
    suggestion: s
  }))
}
