// What the suggestion worker computes (it runs inside engine.worker.ts, off the page thread): the
// suggester, its lexicon and chrono-node, and the GeoNames gazetteer, all large and slow to build.
import { createAnchorer } from '@core/anchoring'
import { eventFromSuggestion } from '@core/event-drafts/event-from-suggestion'
import type { PassageMentions } from '@core/events'
import { loadGazetteer, type GazetteerPlace } from '@core/geo'
import {
  createLexicon,
  suggestEvents,
  suggestFromPassage,
  type EventSuggestion,
  type Lexicon
} from '@core/suggest'
import type { ActorRecord, EventRecord } from '@shared/model/event'
import { newId } from '../../db/new-id'

/** The few fields of an article the suggester reads. */
export interface ArticleRef {
  id: string
  publishedAt: string
  source: string
}

let cached: { version: number; lexicon: Lexicon } | null = null

/** The lexicon for the registry at `version`, rebuilt only when the registry changed. */
function lexiconFor(actors: readonly ActorRecord[], version: number): Lexicon {
  if (cached?.version !== version) cached = { version, lexicon: createLexicon(actors) }
  return cached.lexicon
}

/** The event draft for a selected passage, with what the passage names (for split proposals). */
export function draftFromPassage(
  article: ArticleRef,
  text: string,
  span: { start: number; end: number },
  actors: readonly ActorRecord[],
  actorsVersion: number
): { draft: EventRecord; mentions: PassageMentions } {
  const s = suggestFromPassage(text, span.start, span.end, {
    publishedAt: article.publishedAt || undefined,
    lexicon: lexiconFor(actors, actorsVersion)
  })
  const draft = eventFromSuggestion(s, article.id, createAnchorer(text), newId, new Date())
  return { draft: { ...draft, sourceName: article.source }, mentions: s.mentions }
}

/** Every event the suggester proposes for the article, with the passage each came from. */
export function draftsForArticle(
  article: ArticleRef,
  text: string,
  actors: readonly ActorRecord[],
  actorsVersion: number
): { draft: EventRecord; passage: string; key: string; suggestion: EventSuggestion }[] {
  const anchorer = createAnchorer(text)
  const now = new Date()
  return suggestEvents(text, {
    publishedAt: article.publishedAt || undefined,
    lexicon: lexiconFor(actors, actorsVersion)
  }).map((s, i) => ({
    key: `${i}-${s.passage.start}`,
    draft: {
      ...eventFromSuggestion(s, article.id, anchorer, newId, now),
      sourceName: article.source
    },
    passage: text.slice(s.passage.start, s.passage.end),
    // The review shows each value's words and confidence, and offers the candidates.
    suggestion: s
  }))
}

/** Places for a typed location, those in `countryCode` first (the world when it has none). */
export function searchPlaces(prefix: string, countryCode: string, limit: number): GazetteerPlace[] {
  const gazetteer = loadGazetteer()
  if (countryCode) {
    const inCountry = gazetteer.search(prefix, { countryCode, limit })
    if (inCountry.length > 0) return inCountry
  }
  return gazetteer.search(prefix, { limit })
}

/** Builds the gazetteer now, so the first request does not pay for it. */
export function warmUp(): void {
  loadGazetteer()
}
