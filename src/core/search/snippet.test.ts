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
})
