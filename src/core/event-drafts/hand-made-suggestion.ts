// A suggestion written by hand for the tests of this folder, as the engine would make it for
// TEXT: a few values with words and confidence, and fields left empty with candidates.
import type { EventSuggestion, SuggestedValue } from '../suggest/event-suggestion'

export const TEXT =
  'Rockets hit Balad Air Base north of Baghdad on Monday, wounding two contractors. ' +
  'Gunmen or militia fighters were blamed.'

const at = <T>(value: T, words: string, confidence?: number): SuggestedValue<T> => {
  const start = TEXT.indexOf(words)
  if (start < 0) throw new Error(`“${words}” is not in the text`)
  return {
    value,
    start,
    end: start + words.length,
    words,
    ...(confidence === undefined ? {} : { confidence })
  }
}

export function handMadeSuggestion(): EventSuggestion {
  return {
    eventType: at('Explosions/Remote violence', 'Rockets', 0.9),
    subEventType: at('Shelling/artillery/missile attack', 'Rockets', 0.9),
    country: at({ code: 'IRQ', name: 'Iraq', latitude: 33, longitude: 44 }, 'Baghdad', 0.8),
    eventDate: at({ date: '2021-06-28', precision: 1 }, 'Monday', 0.7),
    context: { value: 'current', start: 0, end: 0, words: '' },
    passage: { start: 0, end: 80 },
    passages: [{ start: 0, end: 80 }],
    mentions: { countries: [{ code: 'IRQ', name: 'Iraq' }], dates: [] },
    confidence: 0.6,
    candidates: {
      actor1: [
        at({ name: 'Unidentified Armed Group (Iraq)', actorId: null, inter: 2 }, 'Gunmen', 0.4),
        at({ name: 'Militia (Iraq)', actorId: null, inter: 3 }, 'militia fighters', 0.3)
      ],
      location: [
        at(
          { name: 'Balad Air Base', latitude: 33.94, longitude: 44.36, geoPrecision: 1 },
          'Balad Air Base',
          0.5
        ),
        at(
          { name: 'Baghdad', latitude: 33.3, longitude: 44.4, geoPrecision: 2 },
          'north of Baghdad',
          0.2
        )
      ]
    }
  }
}
