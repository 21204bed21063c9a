import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { afterEach, describe, expect, it } from 'vitest'
import type { NoteDoc } from '@core/notes/note-json'
import { Guidance } from './guidance'
import { stripEmptyGuidance } from './strip-empty-guidance'

let editor: Editor | undefined
afterEach(() => editor?.destroy())

const guided = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Outlook' }] },
    { type: 'paragraph', attrs: { guidance: 'What is expected next.' } }
  ]
}

function make(content: string | typeof guided): Editor {
  editor = new Editor({ extensions: [StarterKit, Guidance], content })
  return editor
}

describe('Guidance', () => {
  it('keeps the guidance as an attribute, never as text', () => {
    const e = make(guided)
    // The empty paragraph is a blank line in plain text: no guidance words in it.
    expect(e.getText()).toBe('Outlook\n\n')
    expect(e.getHTML()).toContain('<p data-guidance="What is expected next."></p>')
    expect(e.getJSON().content?.[1]).toEqual(guided.content[1])
    expect(stripEmptyGuidance(e.getJSON() as NoteDoc)).toEqual(guided)
  })

  it('round-trips through HTML', () => {
    const html = make(guided).getHTML()
    editor?.destroy()
    expect(make(html).getJSON().content?.[1]?.attrs?.['guidance']).toBe('What is expected next.')
  })

  it('is not passed on to a paragraph split from the guided one', () => {
    const e = make(guided)
    e.commands.setTextSelection(e.state.doc.content.size - 1)
    e.commands.insertContent('Likely more strikes.')
    e.commands.splitBlock()
    const paragraphs = e.getJSON().content!.filter((n) => n.type === 'paragraph')
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[1]!.attrs?.['guidance'] ?? null).toBeNull()
  })

  it('takes Enter at the end of a heading into the empty guided paragraph below', () => {
    const e = make(guided)
    e.commands.setTextSelection(1 + 'Outlook'.length)
    e.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    e.commands.insertContent('More strikes are likely.')
    const json = stripEmptyGuidance(e.getJSON() as NoteDoc)
    expect(json.content).toHaveLength(2)
    expect(json.content[1]).toEqual({
      type: 'paragraph',
      attrs: { guidance: 'What is expected next.' },
      content: [{ type: 'text', text: 'More strikes are likely.' }]
    })
  })
})
