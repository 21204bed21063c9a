import { describe, expect, it } from 'vitest'
import { splitSentences } from './sentences'

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.from, s.to))

describe('splitSentences', () => {
  it('splits on . ! ? and … followed by a capital', () => {
    expect(split('One. Two! Three? Four… Five')).toEqual([
      'One.',
      'Two!',
      'Three?',
      'Four…',
      'Five'
    ])
  })

  it('keeps titles, ranks and initials inside the sentence', () => {
    expect(split('Gen. Mohamed met Dr. Ali and J. Smith. They spoke.')).toEqual([
      'Gen. Mohamed met Dr. Ali and J. Smith.',
      'They spoke.'
    ])
  })

  it('keeps dotted abbreviations and decimals inside the sentence', () => {
    expect(
      split('The U.S. Army and the U.N. mission reported 3.5 km of damage, e.g. roads.')
    ).toEqual(['The U.S. Army and the U.N. mission reported 3.5 km of damage, e.g. roads.'])
  })

  it('does not split before a lower-case word', () => {
    expect(split('Shelling hit the town approx. at noon. the rest is unknown.')).toEqual([
      'Shelling hit the town approx. at noon. the rest is unknown.'
    ])
  })

  it('treats "no." as an abbreviation only before a number', () => {
    expect(split('See report No. 5 for details. The answer was no. Talks ended.')).toEqual([
      'See report No. 5 for details.',
      'The answer was no.',
      'Talks ended.'
    ])
  })

  it('ends a sentence after etc. or p.m. when a capital follows', () => {
    expect(split('They took fuel, food, etc. The convoy left at 4 p.m. Residents fled.')).toEqual([
      'They took fuel, food, etc.',
      'The convoy left at 4 p.m.',
      'Residents fled.'
    ])
  })

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(split('He said “we will return.” Nobody did. (It rained.) Then?')).toEqual([
      'He said “we will return.”',
      'Nobody did.',
      '(It rained.)',
      'Then?'
    ])
  })

  it('splits at line breaks and ignores blank space', () => {
    expect(split('  First line\nSecond line.  \n\n')).toEqual(['First line', 'Second line.'])
    expect(splitSentences('   ')).toEqual([])
  })

  it('returns offsets into the original text', () => {
    const text = 'Ab. Cd.'
    expect(splitSentences(text)).toEqual([
      { from: 0, to: 3 },
      { from: 4, to: 7 }
    ])
  })

  it('does not split inside URLs or numbers with periods', () => {
    expect(split('See example.org/a.html for 1.2.3 details. Done.')).toEqual([
      'See example.org/a.html for 1.2.3 details.',
      'Done.'
    ])
  })
})
