import { describe, expect, it } from 'vitest'
import { reportSummary } from './import-report'
import { markdownBlocks, parseMarkdown, readMarkdown } from './parse-markdown'

describe('parseMarkdown', () => {
  it('keeps headings, lists and quotes and drops inline marks', () => {
    const parsed = parseMarkdown(
      '# Strikes in *Syria*\n\nThe **first** paragraph with a [link](https://example.org).\n\n## Reactions\n\n- One\n- Two `code`\n\n> A quote\n\n<script>alert(1)</script>'
    )
    expect(parsed.title).toBe('Strikes in Syria')
    expect(parsed.blocks).toEqual([
      { kind: 'paragraph', text: 'The first paragraph with a link.' },
      { kind: 'heading', level: 2, text: 'Reactions' },
      { kind: 'list-item', text: 'One' },
      { kind: 'list-item', text: 'Two code' },
      { kind: 'quote', text: 'A quote' }
    ])
  })

  it('uses the first paragraph as the title when there is no heading', () => {
    expect(parseMarkdown('Only a line\n\nBody').title).toBe('Only a line')
  })

  it('markdownBlocks keeps every block, the first included', () => {
    expect(markdownBlocks('First.\n\nSecond.').map((b) => b.text)).toEqual(['First.', 'Second.'])
  })

  // The probe's cases: each of these vanished with an "Imported" notice.
  it('keeps a GFM table row by row, header first', () => {
    const blocks = markdownBlocks(
      'Before.\n\n| Town | Shelled |\n|------|--------:|\n| Avdiivka | 12 March |\n| Marinka | *13 March* |\n\nAfter.'
    )
    expect(blocks.map((b) => b.text)).toEqual([
      'Before.',
      'Town | Shelled',
      'Avdiivka | 12 March',
      'Marinka | 13 March',
      'After.'
    ])
  })

  it('keeps nested list items, every level, in order', () => {
    const blocks = markdownBlocks(
      '- Top\n  - Nested\n    - Deeper\n  - Nested two\n- Second\n\n1. One\n   1. One a'
    )
    expect(blocks).toEqual([
      { kind: 'list-item', text: 'Top' },
      { kind: 'list-item', text: 'Nested' },
      { kind: 'list-item', text: 'Deeper' },
      { kind: 'list-item', text: 'Nested two' },
      { kind: 'list-item', text: 'Second' },
      { kind: 'list-item', text: 'One' },
      { kind: 'list-item', text: 'One a' }
    ])
  })

  it('keeps an unknown tag such as <Reuters> as text, inline and on its own line', () => {
    const blocks = markdownBlocks('Kyiv <Reuters> said on Monday.\n\n<Reuters>\n\nAfter.')
    expect(blocks.map((b) => b.text)).toEqual([
      'Kyiv <Reuters> said on Monday.',
      '<Reuters>',
      'After.'
    ])
  })

  it('keeps the text of <div>…</div> lines and other HTML blocks, tags taken out', () => {
    const blocks = markdownBlocks(
      'Intro.\n\n<div>Block div text</div>\n\n<div class="x">\n<p>First <b>bold</b> part</p><p>Second &amp; last</p>\n</div>\n\nEnd.'
    )
    expect(blocks.map((b) => b.text)).toEqual([
      'Intro.',
      'Block div text',
      'First bold part',
      'Second & last',
      'End.'
    ])
  })

  it('reports the script, frame and picture its HTML held instead of dropping them silently', () => {
    const { blocks, report } = readMarkdown(
      'Text.\n\n<script>alert(1)</script>\n\n<iframe src="https://evil.example/"></iframe>\n\nA <img src="x.png" alt=""> picture.'
    )
    expect(blocks.map((b) => b.text)).toEqual(['Text.', 'A picture.'])
    expect(report.dropped).toEqual([
      { kind: 'script', count: 1 },
      { kind: 'frame', count: 1 },
      { kind: 'picture', count: 1 }
    ])
    expect(reportSummary(report)).toBe('3 parts not kept: a script; an embedded frame; a picture.')
    expect(parseMarkdown('# T\n\nPlain.').report).toBeUndefined()
  })
})
