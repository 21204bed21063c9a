import { describe, expect, it } from 'vitest'
import { applyLineBreakRule } from './line-break-rule'
import { markdownBlocks, parseMarkdown } from './parse-markdown'
import { parsePlainText } from './parse-plain-text'

const wrapped = 'Title\nFirst line\nsecond line\n\nThird line'

describe('line-break rule', () => {
  it('blank lines separate paragraphs by default: a single break is wrapping', () => {
    expect(parsePlainText(wrapped).blocks.map((b) => b.text)).toEqual([
      'First line second line',
      'Third line'
    ])
    expect(markdownBlocks('One\ntwo\n\nthree').map((b) => b.text)).toEqual(['One two', 'three'])
  })

  it('each line is a paragraph under "each-line", in plain text and Markdown', () => {
    expect(parsePlainText(wrapped, 'x', 'each-line').blocks.map((b) => b.text)).toEqual([
      'First line',
      'second line',
      'Third line'
    ])
    expect(markdownBlocks('One\ntwo\r\nthree', 'each-line').map((b) => b.text)).toEqual([
      'One',
      'two',
      'three'
    ])
    const parsed = parseMarkdown('# Head\nA\nB', 'x', 'each-line')
    expect(parsed.title).toBe('Head')
    expect(parsed.blocks.map((b) => b.text)).toEqual(['A', 'B'])
  })

  it('keeps Markdown structure and fenced code whole under "each-line"', () => {
    const md = '## Section\n- one\n- two\n> quoted\n```\ncode line 1\ncode line 2\n```\nAfter'
    expect(markdownBlocks(md, 'each-line')).toEqual([
      { kind: 'heading', level: 2, text: 'Section' },
      { kind: 'list-item', text: 'one' },
      { kind: 'list-item', text: 'two' },
      { kind: 'quote', text: 'quoted' },
      { kind: 'paragraph', text: 'code line 1 code line 2' },
      { kind: 'paragraph', text: 'After' }
    ])
  })

  it('leaves text unchanged under "blank-line" apart from line endings', () => {
    expect(applyLineBreakRule('a\r\nb\rc', 'blank-line')).toBe('a\nb\nc')
  })
})
