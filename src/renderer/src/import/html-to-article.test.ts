import { describe, expect, it } from 'vitest'
import { reportSummary } from '@core/article/import-report'
import { htmlToArticle } from './html-to-article'

describe('htmlToArticle', () => {
  it('reduces HTML to paragraphs, headings, list items and quotes, taking <title> as the title', () => {
    const result = htmlToArticle(
      `<html><head><title>Report</title></head><body><h1>Report</h1><p>One <b>bold</b> line.</p>
       <h2>Details</h2><ul><li>First</li><li>Second</li></ul><blockquote><p>Said.</p></blockquote>
       <div>Loose <span>text</span></div></body></html>`,
      'fallback'
    )
    expect(result.title).toBe('Report')
    expect(result.blocks).toEqual([
      { kind: 'paragraph', text: 'One bold line.' },
      { kind: 'heading', level: 2, text: 'Details' },
      { kind: 'list-item', text: 'First' },
      { kind: 'list-item', text: 'Second' },
      { kind: 'quote', text: 'Said.' },
      { kind: 'paragraph', text: 'Loose text' }
    ])
    expect(result.keptShare).toBe(1)
  })

  it('drops scripts and handlers and keeps none of their text', () => {
    const result = htmlToArticle(
      `<p onclick="steal()">Visible</p><script>var secret = 1</script><img src=x onerror="steal()"><style>p{}</style>`,
      'fallback'
    )
    expect(result.blocks).toEqual([{ kind: 'paragraph', text: 'Visible' }])
    expect(JSON.stringify(result)).not.toMatch(/steal|secret/)
  })

  it('reports how much visible text survived sanitising', () => {
    const result = htmlToArticle(
      `<p>Kept.</p><svg><text>${'drawn text '.repeat(20)}</text></svg>`,
      'f'
    )
    expect(result.keptShare).toBeLessThan(0.1)
  })

  it('falls back to the first heading, then to the given title', () => {
    expect(htmlToArticle('<h1>Head</h1><p>x</p>', 'f').title).toBe('Head')
    expect(htmlToArticle('<p>x</p>', 'f').title).toBe('f')
  })
})

// The probe's mutation-XSS family: each of these kept only "One" and said "Imported".
describe('htmlToArticle with an unclosed raw-text element or comment', () => {
  const family = [
    'style',
    'script',
    'textarea',
    'title',
    'noscript',
    'xmp',
    'iframe',
    'noembed',
    'noframes',
    'plaintext'
  ]
  for (const tag of family) {
    it(`recovers what an unclosed <${tag}> swallowed, and says so`, () => {
      const result = htmlToArticle(`<p>One</p><${tag}><p>Two</p><p>Three</p>`, 'fallback')
      const texts = [result.title, ...result.blocks.map((b) => b.text)].join(' | ')
      expect(texts).toContain('One')
      expect(texts).toContain('Two')
      expect(texts).toContain('Three')
      expect(result.report.recovered).toEqual([{ kind: 'swallowed-text', by: `<${tag}>` }])
    })
  }

  it('recovers what an unclosed comment swallowed', () => {
    const result = htmlToArticle('<p>One</p><!--<p>Two</p><p>Three</p>', 'fallback')
    expect(result.blocks.map((b) => b.text)).toEqual(['One', 'Two', 'Three'])
    expect(reportSummary(result.report)).toMatch(
      /^Recovered as text: what an unclosed <!-- comment/
    )
  })

  it('recovers nested unclosed elements, and never keeps a script found inside them', () => {
    const result = htmlToArticle(
      '<p>One</p><style><p>Two</p><textarea><p>Three</p><script>alert(1)</script><p>Four</p>',
      'fallback'
    )
    expect(result.blocks.map((b) => b.text)).toEqual(['One', 'Two', 'Three', 'Four'])
    expect(result.report.dropped).toEqual([{ kind: 'script', count: 1 }])
    expect(JSON.stringify(result.blocks)).not.toContain('alert')
  })

  it('leaves a closed <style> or <script> out, and counts the script', () => {
    const result = htmlToArticle(
      '<style>p { color: red }</style><p>One</p><script>alert(1)</script><p>Two</p>',
      'fallback'
    )
    expect(result.blocks.map((b) => b.text)).toEqual(['One', 'Two'])
    expect(result.report).toEqual({ dropped: [{ kind: 'script', count: 1 }], recovered: [] })
  })

  it('reports each kind of part it did not keep, in one sentence', () => {
    const result = htmlToArticle(
      '<p>Text</p><script>x()</script><iframe src="https://a.example/"></iframe><img src="a.png"><img src="b.png"><button>Go</button><svg><text>Chart</text></svg>',
      'fallback'
    )
    expect(result.blocks.map((b) => b.text)).toEqual(['Text'])
    expect(reportSummary(result.report)).toBe(
      '6 parts not kept: a script; an embedded frame; 2 pictures; a drawing; a form control.'
    )
  })

  it('keeps table cells apart and a header row', () => {
    const result = htmlToArticle(
      '<table><thead><tr><th>Town</th><th>Date</th></tr></thead><tr><td>Avdiivka</td><td>12 March</td></tr></table>',
      'fallback'
    )
    expect(result.blocks.map((b) => b.text)).toEqual(['Town Date', 'Avdiivka 12 March'])
  })
})
