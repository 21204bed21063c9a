import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchingWords, normaliseTerm, wordsWithOffsets } from './search-terms'

/** The definition: split into words, normalise each, keep those looked for. */
const byWords = (text: string, terms: ReadonlySet<string>) =>
  [...wordsWithOffsets(text)].filter((w) => w.term !== null && terms.has(w.term))

// Pieces that meet at word boundaries in every way: case, digits, apostrophes, stop words,
// accents (precomposed and combining), another script, and words inside longer words.
const PIECES = [
  'drone',
  'Drones',
  'DRONE',
  'drone5',
  '5',
  'con',
  'convoy',
  'Con-voy',
  "Iran's",
  'the',
  'Türkiye',
  'Turkiye',
  'Tu\u0308rkiye',
  'Мосул',
  'al',
  ' ',
  ', ',
  '\n\n',
  '-',
  '.'
]
const TERMS = ['drone', 'drones', 'con', 'convoy', 'voy', 'turkiye', 'iran', '5', 'al', 'мосул']

describe('matchingWords', () => {
  it('finds whole words by their normalised term, with their offsets', () => {
    const text = 'Drones hit the convoy; a drone-strike con. Drone5'
    expect([...matchingWords(text, new Set(['drone', 'con']))]).toEqual([
      { start: 25, end: 30, term: 'drone' },
      { start: 38, end: 41, term: 'con' }
    ])
  })

  it('gives what splitting the text into words gives, for any text', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''))
    const terms = fc.subarray(TERMS).map((t) => new Set(t))
    fc.assert(
      fc.property(text, terms, (t, s) => {
        expect([...matchingWords(t, s)]).toEqual(byWords(t, s))
      }),
      { numRuns: 500 }
    )
  })

  it('agrees on arbitrary ASCII, where it does not split into words', () => {
    const terms = new Set(['ab', 'za', 'a0', '9z'].filter((t) => normaliseTerm(t) === t))
    // Letters and digits at the ends of their ranges, and the characters just outside them.
    const ascii = /^[abzAZ09 /:@[`{\n.-]{0,60}$/
    fc.assert(
      fc.property(fc.stringMatching(ascii), (t) => {
        expect([...matchingWords(t, terms)]).toEqual(byWords(t, terms))
      }),
      { numRuns: 500 }
    )
  })
})
