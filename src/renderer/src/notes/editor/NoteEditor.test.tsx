import type { Editor } from '@tiptap/core'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { Activity, type ReactNode } from 'react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { NoteDoc } from '@core/notes/note-json'
import type { NoteChange } from './live/note-handlers'
import { NoteEditor, type NoteEditorProps } from './NoteEditor'
import { FakeLookups } from './testing/fake-lookups'
import { stubLayout } from './testing/stub-layout'

beforeAll(stubLayout)
afterEach(cleanup)

const doc: NoteDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Residents said ' },
        {
          type: 'citedQuote',
          attrs: { annotationId: 'a1', quote: 'old words', grade: null, status: 'exact' }
        },
        { type: 'text', text: '.' }
      ]
    },
    { type: 'eventCard', attrs: { eventId: 'e1' } },
    { type: 'liveBlock', attrs: { kind: 'timeline' } },
    { type: 'paragraph' }
  ]
}

function setup(overrides: Partial<NoteEditorProps> = {}): {
  lookups: FakeLookups
  onChange: ReturnType<typeof vi.fn>
  editor: () => Editor
} {
  const lookups = new FakeLookups()
  lookups.annotations.set('a1', { quote: 'heavy shelling at dawn', grade: 'B2', status: 'exact' })
  lookups.events.set('e1', {
    title: 'Battles — Armed clash',
    dateLabel: '2024-02-02',
    place: 'Al-Qaim',
    actors: 'A · B',
    fatalities: '3',
    grade: 'C3',
    context: 'current'
  })
  lookups.timeline = [
    {
      eventId: 'e1',
      date: '2024-02-02',
      dateLabel: '2024-02-02',
      summary: 'Armed clash',
      place: 'Al-Qaim',
      context: 'current'
    }
  ]
  const onChange = vi.fn()
  let instance: Editor | null = null
  render(
    <NoteEditor
      doc={doc}
      onChange={onChange}
      lookups={lookups}
      onEditorReady={(e) => {
        instance = e
      }}
      {...overrides}
    />
  )
  return {
    lookups,
    onChange,
    editor: () => {
      if (!instance) throw new Error('editor not ready')
      return instance
    }
  }
}

/** Lets Tiptap's create timeout and React's portal renders run. */
const settle = (): Promise<void> =>
  act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))

describe('NoteEditor', () => {
  it('shows live quotes, event cards and timeline rows, and follows changes', async () => {
    const { lookups } = setup()
    await settle()
    const body = screen.getByRole('textbox', { name: 'Note' })
    expect(body.querySelector('.cited-quote-text')?.textContent).toBe('heavy shelling at dawn')
    expect(body.querySelector('.cited-quote-grade')?.textContent).toBe('B2')
    expect(within(body).getByRole('button', { name: 'Battles — Armed clash' })).toBeTruthy()
    expect(within(body).getByRole('button', { name: 'Armed clash' })).toBeTruthy()

    act(() => {
      lookups.annotations.set('a1', { quote: 'heavy shelling', grade: 'A1', status: 'drifted' })
      lookups.notify()
    })
    // Node views get their new attrs through Tiptap's portals, which update in a microtask.
    await settle()
    expect(body.querySelector('.cited-quote-text')?.textContent).toBe('heavy shelling')
    expect(body.querySelector('.cited-quote--drifted')).not.toBeNull()

    act(() => {
      lookups.annotations.delete('a1')
      lookups.events.delete('e1')
      lookups.notify()
    })
    expect(body.querySelector('.cited-quote--orphaned .cited-quote-text')?.textContent).toBe(
      'heavy shelling'
    )
    expect(body.textContent).toContain('This event was deleted.')
  })

  it('saves the live quote into the cached attrs and reports every change', async () => {
    const { editor, onChange } = setup()
    await settle()
    const cached = JSON.stringify(editor().getJSON())
    expect(cached).toContain('"quote":"heavy shelling at dawn"')
    expect(cached).toContain('"grade":"B2"')
    onChange.mockClear()
    act(() => {
      editor().commands.setTextSelection(editor().state.doc.content.size - 1)
      editor().commands.insertContent('New text')
    })
    expect(onChange).toHaveBeenCalledTimes(1)
    const change = onChange.mock.calls[0]?.[0] as NoteChange
    expect(change.size).toBe(editor().state.doc.content.size)
    expect(JSON.stringify(change.read())).toContain('New text')
  })

  it("reports no change when the caret only crosses a long note's chunk edge", async () => {
    const long: NoteDoc = {
      type: 'doc',
      content: Array.from({ length: 300 }, (_, i) => ({
        type: 'paragraph',
        content: [{ type: 'text', text: `P${i}` }]
      }))
    }
    const { editor, onChange } = setup({ doc: long })
    await settle()
    onChange.mockClear()
    const chunks = (): number => editor().state.doc.childCount
    const before = chunks()
    // Block 100 starts the second chunk: the caret there joins it to the first.
    act(() => {
      editor().commands.setTextSelection(editor().state.doc.child(0).nodeSize + 3)
    })
    expect(chunks()).toBe(before - 1)
    expect(onChange).not.toHaveBeenCalled()
    act(() => {
      editor().commands.insertContent('x')
    })
    expect(onChange).toHaveBeenCalledTimes(1)
  })

  it('reads the document as it was at the change, however late it is read', async () => {
    const { editor, onChange } = setup()
    await settle()
    onChange.mockClear()
    act(() => {
      editor().commands.setTextSelection(editor().state.doc.content.size - 1)
      editor().commands.insertContent('First')
    })
    act(() => {
      editor().commands.insertContent(' second')
    })
    const [first, second] = onChange.mock.calls.map((c) => c[0] as NoteChange)
    const late = JSON.stringify(first!.read())
    expect(late).toContain('First')
    expect(late).not.toContain('second')
    expect(JSON.stringify(second!.read())).toContain('First second')
    expect(second!.read()).toBe(second!.read())
  })

  it('neither marks nor re-caches anything while the records are loading', async () => {
    const lookups = new FakeLookups()
    lookups.ready = false
    const onChange = vi.fn()
    render(<NoteEditor doc={doc} onChange={onChange} lookups={lookups} />)
    await settle()
    expect(document.querySelector('.cited-quote--orphaned')).toBeNull()
    expect(document.querySelector('.cited-quote-text')?.textContent).toBe('old words')
    expect(document.body.textContent).toContain('Loading event…')
    expect(document.body.textContent).not.toContain('This event was deleted.')
    expect(onChange).not.toHaveBeenCalled()
    act(() => {
      lookups.annotations.set('a1', { quote: 'loaded', grade: 'B2', status: 'exact' })
      lookups.ready = true
      lookups.notify()
    })
    await settle()
    expect(document.querySelector('.cited-quote-text')?.textContent).toBe('loaded')
    expect(JSON.stringify((onChange.mock.calls.at(-1)?.[0] as NoteChange).read())).toContain(
      '"quote":"loaded"'
    )
    expect(document.body.textContent).toContain('This event was deleted.')
  })

  it('opens the annotation when a quote is clicked', async () => {
    const onOpenAnnotation = vi.fn()
    setup({ onOpenAnnotation })
    await settle()
    fireEvent.click(document.querySelector('.cited-quote-text')!)
    expect(onOpenAnnotation).toHaveBeenCalledWith('a1')
  })

  it('replaces the content when a different document comes in, not when its own comes back', async () => {
    const lookups = new FakeLookups()
    let instance: Editor | null = null
    let emitted: NoteDoc | null = null
    const view = (d: NoteDoc): ReactNode => (
      <NoteEditor
        doc={d}
        onChange={(next) => (emitted = next.read())}
        lookups={lookups}
        onEditorReady={(e) => (instance = e)}
      />
    )
    const { rerender } = render(view(doc))
    await settle()
    const e = instance as unknown as Editor
    act(() => {
      e.commands.setTextSelection(3)
      e.commands.insertContent('X')
    })
    const cursor = e.state.selection.from
    // The pane stores and hands back a copy of what it was given: the editor keeps its cursor.
    rerender(view(JSON.parse(JSON.stringify(emitted)) as NoteDoc))
    expect(e.state.selection.from).toBe(cursor)
    const other: NoteDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Other note' }] }]
    }
    rerender(view(other))
    expect(e.getText()).toBe('Other note')
  })

  it('opens the note with no undo step back to a blank one, and its toolbar reads the note', async () => {
    let instance: Editor | null = null
    const headed: NoteDoc = {
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: 'Key judgments' }]
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Body.' }] }
      ]
    }
    const onChange = vi.fn()
    render(
      <NoteEditor
        doc={headed}
        onChange={onChange}
        lookups={new FakeLookups()}
        onEditorReady={(e) => (instance = e)}
      />
    )
    await settle()
    const e = instance as unknown as Editor
    expect(e.getText()).toContain('Key judgments')
    expect(screen.getByRole('button', { name: 'Heading 2, H2' }).getAttribute('aria-pressed')).toBe(
      'true'
    )
    expect(e.can().undo()).toBe(false)
    expect(onChange).not.toHaveBeenCalled()
  })

  it('keeps what was typed when its effects run again with the document it opened with', async () => {
    let instance: Editor | null = null
    const view = (mode: 'visible' | 'hidden'): ReactNode => (
      <Activity mode={mode}>
        <NoteEditor
          doc={doc}
          onChange={() => {}}
          lookups={new FakeLookups()}
          onEditorReady={(e) => (instance = e ?? instance)}
        />
      </Activity>
    )
    const { rerender } = render(view('visible'))
    await settle()
    const e = instance as unknown as Editor
    act(() => {
      e.commands.setTextSelection(e.state.doc.content.size - 1)
      e.commands.insertContent('Typed before hiding')
    })
    // Hiding and showing again disconnects and re-runs the effects, as a Suspense boundary does.
    rerender(view('hidden'))
    rerender(view('visible'))
    await settle()
    expect(instance).toBe(e)
    expect(e.getText()).toContain('Typed before hiding')
  })

  it('inserts likelihood terms and confidence statements from the toolbar', async () => {
    const { editor } = setup()
    await settle()
    act(() => {
      editor().commands.setTextSelection(editor().state.doc.content.size - 1)
      editor().commands.insertContent('An attack is')
    })
    fireEvent.click(screen.getByRole('button', { name: 'Insert a likelihood term (ICD 203)' }))
    const item = screen.getByRole('menuitem', { name: /very likely/ })
    expect(item.getAttribute('title')).toContain('80–95%')
    fireEvent.click(item)
    fireEvent.click(screen.getByRole('button', { name: 'Insert a confidence statement' }))
    fireEvent.click(screen.getByRole('menuitem', { name: /Moderate confidence/ }))
    expect(editor().getText()).toContain(
      'An attack is very likely. We have moderate confidence in this judgment.'
    )
  })

  it('opens find with Ctrl+F and replace with Ctrl+H, and closes with Escape', async () => {
    const { editor } = setup()
    await settle()
    const body = screen.getByRole('textbox', { name: 'Note' })
    fireEvent.keyDown(body, { key: 'f', ctrlKey: true })
    const find = screen.getByRole('textbox', { name: 'Find in note' })
    fireEvent.change(find, { target: { value: 'said' } })
    expect(screen.getByText('1 of 1')).toBeTruthy()
    expect(body.querySelectorAll('.find-match')).toHaveLength(1)
    fireEvent.keyDown(find, { key: 'h', ctrlKey: true })
    fireEvent.change(screen.getByRole('textbox', { name: 'Replace with' }), {
      target: { value: 'reported' }
    })
    fireEvent.click(screen.getByRole('button', { name: 'Replace all' }))
    expect(editor().getText()).toContain('Residents reported')
    fireEvent.keyDown(find, { key: 'Escape' })
    expect(screen.queryByRole('search')).toBeNull()
    expect(body.querySelectorAll('.find-match')).toHaveLength(0)
  })

  it('switches the analytic lint with its prop', async () => {
    const props = {
      doc: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'They might go.' }] }]
      } as NoteDoc,
      onChange: () => {}
    }
    const { rerender } = render(<NoteEditor {...props} lintEnabled={false} />)
    await settle()
    expect(document.querySelector('.analytic-lint')).toBeNull()
    rerender(<NoteEditor {...props} lintEnabled />)
    expect(document.querySelector('.analytic-lint--vague-probability')?.textContent).toBe('might')
  })

  it('offers blocks and judgments from the "/" menu, by keyboard', async () => {
    const { editor } = setup()
    await settle()
    act(() => {
      editor().commands.setTextSelection(editor().state.doc.content.size - 1)
      editor().commands.insertContent('/')
    })
    const menu = await screen.findByRole('listbox', { name: 'Insert' })
    expect(
      within(menu)
        .getAllByRole('option')
        .map((o) => o.textContent)
    ).toContain('Timeline blocklive')
    const press = (key: string): void => {
      act(() => {
        editor().view.dom.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
      })
    }
    press('ArrowDown')
    expect(within(menu).getByRole('option', { selected: true }).textContent).toContain('Heading 2')
    press('Enter')
    expect(editor().state.selection.$from.parent.type.name).toBe('heading')
    expect(editor().state.selection.$from.parent.attrs.level).toBe(2)
    expect(screen.queryByRole('listbox', { name: 'Insert' })).toBeNull()

    act(() => {
      editor().commands.insertContent(' /very')
    })
    const filtered = await screen.findByRole('listbox', { name: 'Insert' })
    expect(
      within(filtered)
        .getAllByRole('option')
        .map((o) => o.textContent)
    ).toEqual(['very unlikely5–20%', 'very likely80–95%'])
    press('ArrowDown')
    press('Enter')
    expect(editor().getText()).toContain('very likely')
    expect(editor().getText()).not.toContain('/very')
  })

  it('unsubscribes from the lookups when unmounted', async () => {
    const { lookups } = setup()
    await settle()
    expect(lookups.listenerCount).toBeGreaterThan(0)
    cleanup()
    expect(lookups.listenerCount).toBe(0)
  })
})
