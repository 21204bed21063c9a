// One suggestion for the passage an analyst selected ("Tag event"): the event whose trigger is in
// the passage (or, failing that, in its sentence), read with the whole article around it so that
// "the groups" and "earlier this week" resolve as they do for suggestEvents.
import { codeActor, type Lexicon } from './actor-lexicon'
import { buildSuggestions } from './build-suggestions'
import type { EventSuggestion, TextSpan } from './event-suggestion'
import { mergeMentions } from './merge-mentions'
import { readMentions, type EventMention } from './read-mentions'
import { findDates } from './suggest-date'
import { findPlaces, suggestPlace, countryOf } from './suggest-place'
import { tokenize } from './phrase-matcher'

const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end

/** The event suggested for text[start, end) and its enclosing sentence(s). */
export function suggestFromPassage(
  text: string,
  start: number,
  end: number,
  options: { publishedAt?: string; lexicon: Lexicon }
): EventSuggestion {
  const selection = { start, end: Math.max(end, start + 1) }
  const reading = readMentions(text, options)
  const sentences = reading.sentences.filter((s) => overlaps(s, selection))
  const passage =
    sentences.length > 0
      ? { start: sentences[0]?.start ?? start, end: sentences[sentences.length - 1]?.end ?? end }
      : { start, end }
  const inPassage = (m: EventMention): boolean => overlaps(m.trigger, selection)
  const inSentence = (m: EventMention): boolean => overlaps(m.sentence, passage)
  const chosen = reading.mentions.find(inPassage) ?? reading.mentions.find(inSentence)
  if (chosen) {
    // Merge with the passage's other mentions of the same event, not the whole article's.
    const group = mergeMentions(reading.mentions.filter((m) => inSentence(m))).find((g) =>
      g.mentions.includes(chosen)
    )
    const [first] = group
      ? buildSuggestions(group, reading.placed, reading.countryCounts, reading.text)
      : []
    if (first) return { ...first, passage }
  }
  // No trigger: still offer what the passage names, its towns read as the whole article's are.
  const tokens = tokenize(text, passage.start, passage.end)
  const places = findPlaces(text, tokens, 0, tokens.length, reading.towns)
  const dates = findDates(text, passage.start, passage.end, options.publishedAt)
  const actors = options.lexicon.find(text, tokens)
  const place = places.find((p) => p.locative) ?? places.find((p) => p.value.kind !== 'country')
  const out: EventSuggestion = {
    context: {
      value: 'current',
      start: passage.start,
      end: passage.end,
      words: text.slice(passage.start, passage.end)
    },
    passage,
    passages: [passage],
    mentions: {
      countries: [
        ...new Map(
          places.map((p) => [countryOf(p), suggestPlace(p).country?.value.name ?? ''])
        ).entries()
      ].map(([code, name]) => ({ code, name })),
      dates: dates.map((d) => d.value)
    },
    confidence: 0
  }
  if (place) Object.assign(out, suggestPlace(place))
  const firstDate = dates[0]
  if (firstDate) out.eventDate = firstDate
  const actor = actors[0]
  if (actor) {
    const value = codeActor(
      actor.value,
      out.country?.value.code ?? '',
      reading.placed.map(countryOf)
    )
    out.actor1 = { value, start: actor.start, end: actor.end, words: actor.words }
  }
  return out
}
