import 'fake-indexeddb/auto'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useEffect, type ReactElement } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_COLOUR_LABELS } from '@shared/model/annotation'
import { makeAnnotation } from '@core/test-support/make-records'
import { NoticeProvider } from '../services/notices'
import { AnnotationCard } from './AnnotationCard'
import { AnnotationUiProvider, useAnnotationUi, type EditorKind } from '../services/annotation-ui'
import type { AnnotationActions } from './useAnnotationActions'
import { noopAnnotationActions } from './testing/noop-annotation-actions'

const noop = async (): Promise<void> => {}

function makeActions(): AnnotationActions {
  return noopAnnotationActions({ setGrade: vi.fn(async () => {}) })
}

const annotation = makeAnnotation({
  id: 'a1',
  grade: { reliability: 'C', credibility: 3 }
})

let request: (kind: EditorKind) => void = () => {}
/** Stands in for the reader: asks the pane for an editor, as `g`, `c` and `t` do. */
function Reader(): null {
  const { requestEditor } = useAnnotationUi()
  useEffect(() => {
    request = (kind) => requestEditor('a1', kind)
  }, [requestEditor])
  return null
}

/** The card inside the annotations pane, which may be collapsed (the card unmounted). */
function tree(expanded: boolean, actions: AnnotationActions): ReactElement {
  return cardTree(annotation, actions, expanded, <Reader />)
}

/** One card in its providers, with what else the test needs beside it. */
function cardTree(
  shown: typeof annotation,
  actions: AnnotationActions,
  expanded = true,
  beside: ReactElement | null = null
): ReactElement {
  return (
    <NoticeProvider>
      <AnnotationUiProvider>
        {beside}
        {expanded && (
          <ul>
            <AnnotationCard
              annotation={shown}
              labels={[...DEFAULT_COLOUR_LABELS]}
              allTags={[]}
              actions={actions}
            />
          </ul>
        )}
      </AnnotationUiProvider>
    </NoticeProvider>
  )
}

const gradeEditor = (): HTMLElement | null =>
  screen.queryByRole('combobox', { name: 'Source reliability' })

afterEach(cleanup)

describe('AnnotationCard editor requests', () => {
  it('opens a requested editor once: collapsing and expanding the pane does not reopen it', () => {
    const actions = makeActions()
    const { rerender } = render(tree(true, actions))
    act(() => request('grade'))
    expect(gradeEditor()).not.toBeNull()
    expect(document.activeElement).toBe(gradeEditor())
    // Done with the grade: Enter closes the editor.
    fireEvent.keyDown(gradeEditor()!, { key: 'Enter' })
    expect(gradeEditor()).toBeNull()

    rerender(tree(false, actions))
    rerender(tree(true, actions))
    expect(gradeEditor()).toBeNull()
    // The next key (`e` tags an event) edits nothing on the card.
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'e' })
    expect(actions.setGrade).not.toHaveBeenCalled()
  })

  it('does not reopen an editor left open when the pane was collapsed', () => {
    const actions = makeActions()
    const { rerender } = render(tree(true, actions))
    act(() => request('grade'))
    expect(gradeEditor()).not.toBeNull()
    rerender(tree(false, actions))
    rerender(tree(true, actions))
    expect(gradeEditor()).toBeNull()
  })

  it('opens the editor again when it is asked for again', () => {
    const actions = makeActions()
    render(tree(true, actions))
    act(() => request('grade'))
    fireEvent.keyDown(gradeEditor()!, { key: 'Escape' })
    expect(gradeEditor()).toBeNull()
    act(() => request('grade'))
    expect(gradeEditor()).not.toBeNull()
  })
})

describe('AnnotationCard tags', () => {
  /**
   * Actions writing to a store the card does not re-read, as the live query lags behind quick
   * typing: the card's `tags` prop stays as it was while the keys arrive.
   */
  function storeActions(): { actions: AnnotationActions; stored: () => string[] } {
    let tags: string[] = []
    const actions = Object.assign(makeActions(), {
      addTag: async (_id: string, tag: string) => {
        if (!tags.includes(tag)) tags = [...tags, tag]
      },
      removeTag: async (_id: string, tag: string) => {
        tags = tags.filter((t) => t !== tag)
      },
      // The whole-list write the editor used before: it loses the tags typed before the last.
      setTags: async (_id: string, next: string[]) => {
        tags = next
      }
    })
    return { actions, stored: () => tags }
  }

  it('keeps every tag typed quickly (a⏎b⏎c⏎)', async () => {
    const { actions, stored } = storeActions()
    render(tree(true, actions))
    act(() => request('tags'))
    const box = screen.getByRole('combobox', { name: 'Add a tag' })
    for (const t of ['a', 'b', 'c']) {
      fireEvent.change(box, { target: { value: t } })
      fireEvent.keyDown(box, { key: 'Enter' })
    }
    await act(async () => {})
    expect(stored()).toEqual(['a', 'b', 'c'])
  })

  it('lists the tags while the tag box is open, each with its own remove button', () => {
    const removeTag = vi.fn(noop)
    const actions = Object.assign(makeActions(), { removeTag })
    const tagged = { ...annotation, tags: ['first', 'second', 'third'] }
    render(cardTree(tagged, actions))
    fireEvent.click(screen.getByRole('button', { name: 'Tags' }))
    const list = screen.getByRole('list', { name: 'Tags' })
    expect(list.textContent).toContain('#first')
    expect(list.textContent).toContain('#third')
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag first' }))
    expect(removeTag).toHaveBeenLastCalledWith('a1', 'first')
    // Focus goes back to the field, so typing goes on.
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Add a tag' }))
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag second' }))
    expect(removeTag).toHaveBeenLastCalledWith('a1', 'second')
    // Backspace in the empty field removes the last.
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Add a tag' }), { key: 'Backspace' })
    expect(removeTag).toHaveBeenLastCalledWith('a1', 'third')
  })
})
