import { describe, expect, it } from 'vitest'
import type { TextBlock } from '../../shared/model/text-model'
import { editableText } from './editable-text'
import { markdownBlocks } from './parse-markdown'

const roundTrip = (blocks: TextBlock[]): TextBlock[] => markdownBlocks(editableText(blocks))

describe('editableText', () => {
  it('reads back as the same blocks, kinds and levels included', () => {
    const blocks: TextBlock[] = [
      { kind: 'heading', level: 2, text: 'Strikes in the east' },
      { kind: 'paragraph', text: 'Officials said 12 people were killed.' },
      { kind: 'list-item', text: 'First point' },
      { kind: 'quote', text: '“We will respond,” he said.' },
      { kind: 'paragraph', text: 'A closing line.' }
    ]
    expect(roundTrip(blocks)).toEqual(blocks)
  })

  it('escapes what Markdown would read as formatting, so no character is lost', () => {
    const texts = [
      '1. Not a list: the figure was 1.5 million',
      '2) also not a list',
      '# not a heading',
      '- not a list item',
      '+ nor this',
      '* nor this',
      '> not a quote',
      '---',
      '===',
      'Emphasis *stars* and _under_scores_ and `ticks` stay as typed',
      'Links [like this](http://example.org) and <b>tags</b> are text',
      'Entities &amp; and &lt; stay literal, as does a back\\slash',
      'Tildes ~~strike~~ and pipes | and bangs! ![alt](x.png)',
      '2024 was a year; 3 dead'
    ]
    const blocks = texts.map((text): TextBlock => ({ kind: 'paragraph', text }))
    expect(roundTrip(blocks)).toEqual(blocks)
  })

  it('leaves ordinary prose untouched, so the analyst edits the text they read', () => {
    const text = 'The ministry said on Tuesday that 14 soldiers died near Kharkiv.'
    expect(editableText([{ kind: 'paragraph', text }])).toBe(text)
  })
})
