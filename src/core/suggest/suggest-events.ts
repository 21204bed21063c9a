// Proposed events for a whole article: read every sentence into mentions, merge the mentions of
// one event, and split each event per country (ACLED: one record per event, day and place).
// Mentions of what might or will happen ("could escalate", "will shape whether the
// demonstrations grow") are not events and are left out unless asked for; threats are events
// (Strategic developments/Other, context future) and denied events stay, flagged `negated`.
import type { Gazetteer } from '../geo'
import type { Lexicon } from './actor-lexicon'
import { buildSuggestions } from './build-suggestions'
import type { EventSuggestion } from './event-suggestion'
import { mergeMentions } from './merge-mentions'
import { readMentions, type EventMention } from './read-mentions'

export interface SuggestOptions {
  /** The article's publication date, YYYY-MM-DD; without it relative dates are not resolved. */
  publishedAt?: string
  lexicon: Lexicon
  /** The towns to read places from; the bundled GeoNames gazetteer when left out. */
  gazetteer?: Gazetteer
  /** Also propose hypothetical and future (non-threat) mentions; default false. */
  includeSpeculative?: boolean
}

const speculative = (m: EventMention): boolean =>
  m.context.value === 'hypothetical' ||
  (m.context.value === 'future' && m.trigger.value.subEventType !== 'Other')

/** Proposed events for the article's plain text, in the order they are first mentioned. */
export function suggestEvents(text: string, options: SuggestOptions): EventSuggestion[] {
  const reading = readMentions(text, options)
  const mentions = options.includeSpeculative
    ? reading.mentions
    : reading.mentions.filter((m) => !speculative(m))
  return mergeMentions(mentions).flatMap((g) =>
    buildSuggestions(g, reading.placed, reading.countryCounts, reading.text)
  )
}
