import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { stubLayout } from '../testing/stub-layout'
import { FindReplace } from './find-replace'
import { searchState } from './plugin'

beforeAll(stubLayout)

let editor: Editor
afterEach(() => editor.destroy())
const make = (html: string): Editor => {
  editor = new Editor({ extensions: [StarterKit, FindReplace], content: html })
  return editor
}
const selected = (e: Editor): string =>
  e.state.doc.textBetween(e.state.selection.from, e.state.selection.to)

describe('find and replace', () => {
  it('highlights all matches and the current one', () => {
    make('<p>The strike hit.</p><p>A second strike, then a third STRIKE.</p>')
    editor.commands.setSearchTerm('strike')
    expect(searchState(editor.state).matches).toHaveLength(3)
    expect(editor.view.dom.querySelectorAll('.find-match')).toHaveLength(3)
    expect(editor.view.dom.querySelectorAll('.find-match--current')).toHaveLength(1)
    editor.commands.setSearchTerm('strike', { caseSensitive: true })
    expect(searchState(editor.state).matches).toHaveLength(2)
  })

  it('moves through matches in both directions, wrapping around', () => {
    make('<p>one two one two one</p>')
    editor.commands.setTextSelection(1)
    editor.commands.setSearchTerm('one')
    expect(searchState(editor.state).current).toBe(0)
    editor.commands.findNext()
    expect(searchState(editor.state).current).toBe(1)
    expect(selected(editor)).toBe('one')
    expect(editor.state.selection.from).toBe(9)
    editor.commands.findNext()
    editor.commands.findNext()
    expect(searchState(editor.state).current).toBe(0)
    editor.commands.findPrevious()
    expect(searchState(editor.state).current).toBe(2)
  })

  it('replaces the current match and moves to the next', () => {
    make('<p>may and may and may</p>')
    editor.commands.setTextSelection(1)
    editor.commands.setSearchTerm('may', { wholeWord: true })
    editor.commands.findNext()
    editor.commands.replaceCurrent('is likely to')
    expect(editor.getText()).toBe('may and is likely to and may')
    expect(searchState(editor.state).matches).toHaveLength(2)
    expect(editor.state.selection.from).toBe(26)
    expect(selected(editor)).toBe('may')
  })

  it('replaces everything in one undoable step', () => {
    make('<p>could, could</p><ul><li><p>could</p></li></ul>')
    editor.commands.setSearchTerm('could')
    expect(editor.commands.replaceAll('is likely to')).toBe(true)
    expect(editor.state.doc.textContent).toBe('is likely to, is likely tois likely to')
    expect(searchState(editor.state).matches).toEqual([])
    editor.commands.undo()
    expect(editor.state.doc.textContent).toBe('could, couldcould')
    expect(searchState(editor.state).matches).toHaveLength(3)
  })

  it('keeps matches current while typing and clears them', () => {
    make('<p>alpha</p>')
    editor.commands.setSearchTerm('beta')
    expect(editor.commands.findNext()).toBe(false)
    editor.commands.setTextSelection(6)
    editor.commands.insertContent(' beta')
    expect(searchState(editor.state).matches).toEqual([{ from: 7, to: 11 }])
    editor.commands.clearSearch()
    expect(searchState(editor.state).matches).toEqual([])
    expect(editor.view.dom.querySelectorAll('.find-match')).toHaveLength(0)
  })
})
