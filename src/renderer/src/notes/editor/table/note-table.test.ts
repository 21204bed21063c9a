import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { stubLayout } from '../testing/stub-layout'
import type { NoteJSONNode } from '@core/notes/note-json'
import { NoteTable } from './note-table'
import { parseColwidth, tableJSON } from './table-json'

describe('table JSON', () => {
  it('builds a table with a header row', () => {
    const table = tableJSON(2, 3, true)
    expect(table.content?.map((row) => row.content?.map((c) => c.type))).toEqual([
      ['tableHeader', 'tableHeader', 'tableHeader'],
      ['tableCell', 'tableCell', 'tableCell']
    ])
    expect(tableJSON(0, 0, false).content).toHaveLength(1)
  })

  it('reads column widths', () => {
    expect(parseColwidth('120,80')).toEqual([120, 80])
    expect(parseColwidth('x')).toBeNull()
    expect(parseColwidth(null)).toBeNull()
  })
})

describe('NoteTable', () => {
  beforeAll(stubLayout)
  let editor: Editor
  afterEach(() => editor.destroy())
  const make = (): Editor => {
    editor = new Editor({ extensions: [StarterKit, NoteTable], content: '<p></p>' })
    return editor
  }
  const press = (key: string, shiftKey = false): void => {
    editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }))
  }
  const cellText = (): string => editor.state.selection.$from.parent.textContent

  it('inserts a table and moves between cells with Tab', () => {
    make().commands.insertTable({ rows: 2, cols: 2 })
    expect(editor.getHTML()).toContain('<table class="note-table"><tbody><tr><th')
    editor.commands.insertContent('A')
    press('Tab')
    editor.commands.insertContent('B')
    press('Tab', true)
    expect(cellText()).toBe('A')
  })

  it('adds a row when Tab is pressed in the last cell', () => {
    make().commands.insertTable({ rows: 1, cols: 2, withHeaderRow: false })
    press('Tab')
    press('Tab')
    const rows = editor.getJSON().content?.find((n) => n.type === 'table')?.content
    expect(rows).toHaveLength(2)
  })

  it('edits rows and columns', () => {
    make().commands.insertTable({ rows: 2, cols: 2 })
    expect(editor.commands.addColumnAfter()).toBe(true)
    expect(editor.commands.addRowAfter()).toBe(true)
    const table = editor.getJSON().content?.find((n) => n.type === 'table') as NoteJSONNode
    expect(table.content).toHaveLength(3)
    expect(table.content?.[0]?.content).toHaveLength(3)
    expect(editor.commands.deleteTable()).toBe(true)
    expect(editor.getHTML()).not.toContain('<table')
  })
})
