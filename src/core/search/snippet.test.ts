import { describe, expect, it } from 'vitest'
import { leadingSnippet, markText, snippetAround } from './snippet'

const terms = (...t: string[]): Set<string> => new Set(t)

describe('snippets', () => {
  it('marks whole words by their normalised term, leaving the text as written', () => {
    expect(markText('Türkiye and turkiye, TURKIYES', terms('turkiye'))).toEqual([
      { text: 'Türkiye', match: true },
      { text: ' and ', match: false },
      { text: 'turkiye', match: true },
      { text: ', TURKIYES', match: false }
    ])
  })

  it('collapses paragraph breaks in a window and adds ellipses where text was cut', () => {
    const text = `${'Opening words of a long report. '.repeat(6)}\n\nShelling resumed at dawn in Galkayo.\n\n${'Closing remarks follow here. '.repeat(8)}`
    const parts = snippetAround(text, terms('galkayo'), 80)!
    const shown = parts.map((p) => p.text).join('')
    expect(shown).toMatch(/^… .*Shelling resumed at dawn in Galkayo\. Closing.* …$/)
    expect(shown).not.toContain('\n')
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Galkayo'])
  })

  it('has no window when nothing matches, and leads with the start of the text instead', () => {
    expect(snippetAround('Nothing relevant here', terms('galkayo'))).toBeNull()
    expect(leadingSnippet('Nothing relevant here', terms('galkayo'))).toEqual([
      { text: 'Nothing relevant here', match: false }
    ])
    expect(leadingSnippet('   ', terms('x'))).toEqual([])
  })

  it('centres on the passage where most of the matched words are together', () => {
    const text =
      'Earlier attacks on American personnel were reported. ' +
      'The region saw shelling and retaliation for weeks. '.repeat(4) +
      'The groups launched a drone attack which resulted in casualties.'
    const parts = snippetAround(text, terms('attacks', 'attack', 'drone'), 90)!
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['drone', 'attack'])
    expect(snippetAround('One drone, later attacks.', terms('drone', 'attacks'), 90)).toEqual([
      { text: 'One ', match: false },
      { text: 'drone', match: true },
      { text: ', later ', match: false },
      { text: 'attacks', match: true },
      { text: '.', match: false }
    ])
  })
})
