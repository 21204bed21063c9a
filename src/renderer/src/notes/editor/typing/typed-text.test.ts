import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { stubLayout } from '../testing/stub-layout'
import { typedCharacter, TypedText } from './typed-text'
import { TypedTextBuffer, type ScheduleSoon } from './typed-text-buffer'

beforeAll(stubLayout)

let editor: Editor | undefined
afterEach(() => {
  if (editor && !editor.isDestroyed) editor.destroy()
  editor = undefined
  document.body.replaceChildren()
})

/** An editor in the page with the caret (DOM and state alike) at `pos`. */
function makeEditor(html = '<p>Hello world</p>', pos = 6): Editor {
  const element = document.createElement('div')
  document.body.append(element)
  editor = new Editor({ element, extensions: [StarterKit, TypedText], content: html })
  // Tiptap's focus command waits for a frame; the view's is at once.
  editor.view.focus()
  editor.commands.setTextSelection(pos)
  return editor
}

function keypress(target: HTMLElement, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keypress', {
    key,
    charCode: key.length === 1 ? key.charCodeAt(0) : 0,
    bubbles: true,
    cancelable: true,
    ...init
  })
  target.dispatchEvent(event)
  return event
}

describe('typed text', () => {
  it('types a character itself, in the next task, with the caret after it', async () => {
    const e = makeEditor()
    const event = keypress(e.view.dom, 'X')
    expect(event.defaultPrevented).toBe(true)
    // Not yet: the transaction waits until the key event is over.
    expect(e.getText()).toBe('Hello world')
    // The buffer runs on a MessageChannel message or a frame; under Node neither is ordered
    // against a timer, so wait for the text rather than for one timer tick.
    await vi.waitFor(() => expect(e.getText()).toBe('HelloX world'))
    expect(e.state.selection.from).toBe(7)
  })

  it('puts a waiting character in before the next key is handled', () => {
    const e = makeEditor()
    keypress(e.view.dom, 'a')
    e.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true }))
    expect(e.getText()).toBe('Helloa world')
  })

  it('keeps the order of two key presses that come without a keydown between them', async () => {
    const e = makeEditor()
    keypress(e.view.dom, "'")
    keypress(e.view.dom, 's')
    await vi.waitFor(() => expect(e.getText()).toBe("Hello's world"))
    expect(e.state.selection.from).toBe(8)
  })

  it('replaces a selection once when two key presses come together', async () => {
    const e = makeEditor()
    e.commands.setTextSelection({ from: 1, to: 6 })
    keypress(e.view.dom, "'")
    keypress(e.view.dom, 's')
    await vi.waitFor(() => expect(e.getText()).toBe("'s world"))
  })

  it('runs input rules as typed text does', async () => {
    const e = makeEditor('<p></p>', 1)
    keypress(e.view.dom, '#')
    await vi.waitFor(() => expect(e.getText()).toBe('#'))
    keypress(e.view.dom, ' ')
    await vi.waitFor(() => expect(e.state.doc.firstChild?.type.name).toBe('heading'))
  })

  it('leaves shortcuts, composition, Enter and a caret the editor has not read to the browser', () => {
    const e = makeEditor()
    const press = (key: string, init: KeyboardEventInit = {}): string | null =>
      typedCharacter(e.view, new KeyboardEvent('keypress', { key, ...init }))
    expect(press('a')).toBe('a')
    expect(press('😀')).toBe('😀')
    expect(press('a', { ctrlKey: true })).toBeNull()
    expect(press('a', { metaKey: true })).toBeNull()
    expect(press('a', { isComposing: true })).toBeNull()
    expect(press('Enter')).toBeNull()
    // The DOM caret moved (an arrow key, End) and the editor has not read it yet.
    const text = e.view.dom.querySelector('p')!.firstChild!
    document.getSelection()!.collapse(text, 2)
    expect(press('a')).toBeNull()
  })
})

describe('TypedTextBuffer', () => {
  it('lands where the character was typed after a transaction that came first', () => {
    const e = makeEditor()
    let run: (() => void) | null = null
    const later: ScheduleSoon = (f) => ((run = f), () => (run = null))
    const buffer = new TypedTextBuffer(() => e.view, later)
    buffer.type(6, 6, '!')
    // Something else changes the document before the buffer's turn: text before the caret.
    const tr = e.state.tr.insertText('Oh, ', 1)
    e.view.dispatch(tr)
    buffer.map(tr)
    expect(buffer.waiting).toBe(true)
    run!()
    expect(e.getText()).toBe('Oh, Hello! world')
    expect(buffer.waiting).toBe(false)
  })

  it('drops a character when its editor is gone', () => {
    const e = makeEditor()
    // The ProseMirror view itself, as the plugin holds it (Tiptap's stands in once destroyed).
    const view = e.view
    const buffer = new TypedTextBuffer(
      () => view,
      () => () => {}
    )
    buffer.type(6, 6, '!')
    e.destroy()
    expect(() => buffer.flush()).not.toThrow()
    expect(buffer.waiting).toBe(false)
  })
})
