import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePlainText } from './parse-plain-text'
import { blockOffsets, plainText } from './plain-text'

const sample = readFileSync(
  new URL('../../../resources/sample-article.txt', import.meta.url),
  'utf8'
)

describe('parsePlainText', () => {
  it('takes the title from the first line and keeps the sample’s four paragraphs', () => {
    const parsed = parsePlainText(sample)
    expect(parsed.title).toBe(
      'United States Carries Out Airstrikes Against Militia Group Facilities in Iraq and Syria'
    )
    expect(parsed.blocks).toHaveLength(4)
    expect(parsed.blocks[0]?.text.startsWith('Earlier this week, the United States')).toBe(true)
    expect(parsed.blocks.every((b) => b.kind === 'paragraph')).toBe(true)
  })

  it('joins soft-wrapped lines, handles CRLF and a BOM, and skips leading blank lines', () => {
    const parsed = parsePlainText('\uFEFF\r\n\r\nTitle line\r\n\r\nOne\r\ntwo\r\n\r\n\r\nThree')
    expect(parsed.title).toBe('Title line')
    expect(parsed.blocks.map((b) => b.text)).toEqual(['One two', 'Three'])
  })

  it('gives the fallback title and no blocks for blank text', () => {
    expect(parsePlainText(' \n\n ', 'fallback')).toEqual({ title: 'fallback', blocks: [] })
  })
})

describe('plain text offsets', () => {
  it('puts every block at its offset in the joined text', () => {
    const { blocks } = parsePlainText(sample)
    const text = plainText(blocks)
    blockOffsets(blocks).forEach((offset, i) => {
      expect(text.slice(offset, offset + blocks[i]!.text.length)).toBe(blocks[i]!.text)
    })
  })
})
