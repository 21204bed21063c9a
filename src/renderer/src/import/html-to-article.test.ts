import { describe, expect, it } from 'vitest'
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
