import { describe, expect, it } from 'vitest'
import { markdownBlocks, parseMarkdown } from './parse-markdown'

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
})
