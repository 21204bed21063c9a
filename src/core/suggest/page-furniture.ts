// Lines of a report that are not reporting: the headline (it restates the lead in headline
// grammar, without a date or a full clause, so it only adds duplicates and wrong dates), links,
// captions, bylines and calls to action that saved pages and pasted copy carry along.
import type { Sentence } from './split-sentences'

const LINK = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\.[a-z]/i
const FURNITURE_START =
  /^(?:photo|image|picture|caption|file photo|video|watch|listen|read more|read also|related|see also|more on this|follow|sign up|subscribe|share|advertisement|copyright|©|reporting by|additional reporting|editing by|writing by|click here|download)\b/i
const ENDS_SENTENCE = /[.!?]["'”’)\]]*$/
const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length

/** True for a sentence that carries no reporting of its own (headline, link, caption...). */
export function isFurniture(
  text: string,
  sentence: Sentence,
  sentences: readonly Sentence[]
): boolean {
  const body = text.slice(sentence.start, sentence.end).trim()
  if (LINK.test(body) || FURNITURE_START.test(body)) return true
  // A paragraph of its own that ends without a full stop: a headline or a subhead.
  const alone = sentences.filter((s) => s.paragraph === sentence.paragraph).length === 1
  const more = sentences.some((s) => s.paragraph > sentence.paragraph)
  return alone && more && !ENDS_SENTENCE.test(body) && countWords(body) <= 25
}
