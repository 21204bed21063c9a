import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { usePaneFocusCycle } from './usePaneFocusCycle'

/** The workbench's panes as they mark where the arrow keys work. */
function Panes(): ReactNode {
  usePaneFocusCycle()
  return (
    <>
      <aside data-pane="library" tabIndex={-1}>
        <button data-pane-home>First article</button>
        <button data-pane-home aria-current="true">
          Open article
        </button>
      </aside>
      <section data-pane="reader-pane" tabIndex={-1}>
        <button>Edit details…</button>
        <div data-pane-home tabIndex={0} role="document" aria-label="Article text" />
      </section>
      <section data-pane="side-pane" tabIndex={-1}>
        <ol>
          <li data-pane-home tabIndex={0} aria-label="Card 1" />
          <li data-pane-home tabIndex={0} aria-label="Card 2" />
        </ol>
      </section>
      <section data-pane="events-pane" tabIndex={-1} aria-label="Events">
        <div role="row" data-pane-home tabIndex={0} aria-label="Event 1" />
        <div role="row" data-pane-home tabIndex={0} aria-label="Event 2" aria-selected="true" />
      </section>
      <section data-pane="empty-pane" tabIndex={-1} aria-label="Empty" />
    </>
  )
}

beforeEach(() => {
  // jsdom lays nothing out, so every element would count as hidden.
  vi.spyOn(HTMLElement.prototype, 'offsetParent', 'get').mockReturnValue(document.body)
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const f6 = (shift = false): void => {
  fireEvent.keyDown(document.activeElement ?? document.body, { key: 'F6', shiftKey: shift })
}

describe('usePaneFocusCycle', () => {
  it('lands F6 where the arrow keys work in each pane, not on the pane frame', () => {
    render(<Panes />)
    f6()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open article' }))
    f6()
    expect(document.activeElement).toBe(screen.getByRole('document', { name: 'Article text' }))
    f6()
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Card 1')
    f6()
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Event 2')
    // A pane with nothing to move in gets focus on its frame.
    f6()
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Empty')
    f6(true)
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Event 2')
  })
})
