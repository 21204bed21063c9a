// Event suggestions from article text: the public surface of src/core/suggest.
export { createLexicon, codeActor, type Lexicon, type LexiconActor } from './actor-lexicon'
export type {
  CountryValue,
  DateValue,
  EventSuggestion,
  FatalitiesValue,
  LocationValue,
  SuggestedValue,
  TextSpan
} from './event-suggestion'
export { suggestEvents, type SuggestOptions } from './suggest-events'
export { suggestFromPassage } from './suggest-from-passage'
export { findDates } from './suggest-date'
export { findFatalities, parseFatalityCount, VAGUE_FATALITIES } from './suggest-fatalities'
export { findTriggers } from './suggest-event-type'
export { splitSentences, type Sentence } from './split-sentences'
