import { describe as suite, expect, it } from 'vitest'
import { alignEdges, edgeRank } from './align-edges'
import { describe } from './describe'

// Selectors for `quote` (its first occurrence) in `text`.
const select = (text: string, quote: string) => {
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`not in text: ${quote}`)
  return describe(text, start, start + quote.length).quote
}
// The offsets of `piece` in `text`, looked for from `after` on.
const span = (text: string, piece: string, after = 0) => {
  const start = text.indexOf(piece, after)
  if (start < 0) throw new Error(`not in text: ${piece}`)
  return { start, end: start + piece.length }
}

const BEFORE = 'The report, published late on Sunday, said that coalition aircraft had '
const QUOTE = 'mined a refugee camp twice this month, officials in Qaim told this newspaper.'
const AFTER = ' Engineers said repairs to the road could take until the end of the year.'
const original = BEFORE + QUOTE + AFTER
const quote = select(original, QUOTE)

suite('alignEdges', () => {
  it('starts the quote at its first word when a word was inserted right after it', () => {
    // "mined a camp" → "mined roughly a camp": the span with the fewest quote edits alone starts
    // inside "roughly" ("ughly a" is 5 edits from "mined a", "mined roughly a" 8), but that
    // leaves "mined ro" to the prefix, 8 more edits; the alignment of both puts it at "mined".
    const edited = original.replace('mined a', 'mined roughly a')
    const found = span(
      edited,
      'ughly a refugee camp twice this month, officials in Qaim told this newspaper.'
    )
    expect(alignEdges(edited, quote, { ...found, errors: 5 })).toMatchObject(
      span(
        edited,
        'mined roughly a refugee camp twice this month, officials in Qaim told this newspaper.'
      )
    )
  })

  it('leaves a word inserted into the prefix out of the quote', () => {
    // "had mined" → "had since mined": a span reaching back into "since" is wrong on both counts.
    const edited = original.replace('aircraft had ', 'aircraft had since ')
    const wide = span(edited, 'ce ' + QUOTE)
    expect(alignEdges(edited, quote, { ...wide, errors: 3 })).toMatchObject(span(edited, QUOTE))
  })

  it('ends the quote after its last word when a word was inserted between it and the suffix', () => {
    // "newspaper. Engineers" → "newspaper. Later Engineers": charging "Later " to the quote or to
    // the suffix costs the same; the quote's own last word decides.
    const edited = original.replace('newspaper. Engineers', 'newspaper. Later Engineers')
    const wide = span(edited, QUOTE + ' Later')
    expect(alignEdges(edited, quote, { ...wide, errors: 6 })).toMatchObject(span(edited, QUOTE))
  })

  it('does not end the quote inside a word inserted before its last word', () => {
    // "near a" + " checkpoint" → "near finally a checkpoint": ending at "near fina" (its "a" read
    // as the quote's) and charging "lly a" to the suffix costs as many edits as the truth, but
    // the stored quote ended between words.
    const text =
      'Shopkeepers said that the market had been closed for a week. They gathered near a checkpoint in Tikrit, where sales had collapsed since the spring.'
    const q = select(text, 'They gathered near a')
    const edited = text.replace('near a checkpoint', 'near finally a checkpoint')
    const short = span(edited, 'They gathered near fina')
    expect(alignEdges(edited, q, { ...short, errors: 3 })).toMatchObject(
      span(edited, 'They gathered near finally a')
    )
  })

  it('returns the candidate itself when its edges are already where the alignment puts them', () => {
    const at = { ...span(original, QUOTE), errors: 0 }
    expect(alignEdges(original, quote, at)).toBe(at)
  })
})

suite('edgeRank', () => {
  it('prefers edges between words, then edge words that are the stored quote own', () => {
    const edited = original.replace('mined a', 'mined roughly a')
    const truth = span(
      edited,
      'mined roughly a refugee camp twice this month, officials in Qaim told this newspaper.'
    )
    const midWord = { ...truth, start: truth.start + 8 }
    const otherWord = { ...truth, start: edited.indexOf('roughly') }
    expect(edgeRank(edited, quote, truth)).toBe(0)
    expect(edgeRank(edited, quote, otherWord)).toBeGreaterThan(0)
    expect(edgeRank(edited, quote, midWord)).toBeGreaterThan(edgeRank(edited, quote, otherWord))
  })

  it('does not ask for word edges when the stored quote itself began inside a word', () => {
    const q = select(original, 'ined a refugee camp')
    const at = span(original, 'ined a refugee camp')
    expect(edgeRank(original, q, at)).toBe(0)
    expect(edgeRank(original, q, { ...at, start: at.start + 1 })).toBe(0)
  })
})
