import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { MAX_NOTE_CHARS } from '@shared/content-limits'
import { stubLayout } from '../testing/stub-layout'
import { NoteSizeLimit, refusedGrowth } from './note-size-limit'

beforeAll(stubLayout)

let editor: Editor
let refused: string[]
afterEach(() => editor.destroy())
// jsdom has no ClipboardEvent: ProseMirror only needs an event to hand to paste handlers.
const paste = (text: string): void => {
  editor.view.pasteText(text, new Event('paste') as ClipboardEvent)
}
const make = (html = '<p>Opening line.</p>'): Editor => {
  refused = []
  editor = new Editor({
    extensions: [StarterKit, NoteSizeLimit.configure({ onRefused: (m) => refused.push(m) })],
    content: html
  })
  return editor
}

describe('the note size limit at paste and drop', () => {
  it('lets an ordinary paste in', () => {
    make()
    editor.commands.setTextSelection(editor.state.doc.content.size - 1)
    paste(' Pasted sentence.')
    expect(editor.getText()).toBe('Opening line. Pasted sentence.')
    expect(refused).toEqual([])
  })

  it('refuses a paste whose text alone is over the limit, and changes nothing', () => {
    make()
    const before = editor.getJSON()
    paste('x'.repeat(MAX_NOTE_CHARS + 10))
    expect(editor.getJSON()).toEqual(before)
    expect(refused).toHaveLength(1)
    expect(refused[0]).toMatch(/a note holds at most 8,000,000 characters\. Nothing was added/)
  })

  it('measures the stored JSON of a paste the editor counts as smaller than the limit', () => {
    make()
    // 400,000 one-letter paragraphs: 1.2 million positions, but each paragraph is some 50
    // characters of stored JSON (20 million in all). Built as nodes: parsing them from the
    // clipboard in jsdom would take minutes.
    const { schema } = editor
    const paragraphs = Array.from({ length: 400_000 }, () =>
      schema.nodes.paragraph!.create(null, schema.text('x'))
    )
    const tr = editor.state.tr.insert(editor.state.doc.content.size, paragraphs)
    expect(refusedGrowth(tr.setMeta('paste', true))).toMatch(
      /^This would make the note 2\d,\d{3},\d{3} characters of stored content/
    )
    expect(refusedGrowth(tr.setMeta('paste', false).setMeta('uiEvent', 'drop'))).not.toBeNull()
    // The same growth typed or put in by the program is left to the save's check.
    expect(refusedGrowth(editor.state.tr.insert(1, paragraphs))).toBeNull()
  })

  it('never refuses content put in other than by paste or drop (opening a large note)', () => {
    make()
    editor.commands.setContent(`<p>${'y'.repeat(MAX_NOTE_CHARS + 10)}</p>`)
    expect(editor.state.doc.content.size).toBeGreaterThan(MAX_NOTE_CHARS)
    expect(refused).toEqual([])
  })
})
