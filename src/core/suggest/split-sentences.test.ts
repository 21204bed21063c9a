import { afterEach, describe, expect, it } from 'vitest'
import { splitSentences } from './split-sentences'

const text =
  'Earlier this week, the U.S. carried out airstrikes. U.S. Central Command said Gen. Smith approved them.\n\n' +
  'The round of U.S. airstrikes drew a threat. The groups vowed to respond.'
const sentences = (): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end))

const segmenter = Intl.Segmenter

describe('splitSentences', () => {
  afterEach(() => {
    Object.defineProperty(Intl, 'Segmenter', {
      value: segmenter,
      configurable: true,
      writable: true
    })
  })

  it('splits on sentence ends but not after "U.S." or titles', () => {
    expect(sentences()).toEqual([
      'Earlier this week, the U.S. carried out airstrikes.',
      'U.S. Central Command said Gen. Smith approved them.',
      'The round of U.S. airstrikes drew a threat.',
      'The groups vowed to respond.'
    ])
  })

  it('numbers paragraphs', () => {
    expect(splitSentences(text).map((s) => s.paragraph)).toEqual([0, 0, 1, 1])
  })

  it('gives the same sentences without Intl.Segmenter', () => {
    const withIcu = sentences()
    Object.defineProperty(Intl, 'Segmenter', {
      value: undefined,
      configurable: true,
      writable: true
    })
    expect(sentences()).toEqual(withIcu)
  })
})
