import { act, cleanup, render } from '@testing-library/react'
import { useRef, type ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useReadingCaret } from './useReadingCaret'

function Reader(): ReactNode {
  const body = useRef<HTMLDivElement>(null)
  const caret = useReadingCaret(body)
  return (
    <div style={{ position: 'relative' }}>
      <div ref={body} tabIndex={0} data-testid="text">
        <p>Some article text.</p>
      </div>
      <span ref={caret} data-testid="caret" hidden />
      <input aria-label="Comment" />
    </div>
  )
}

const fireSelectionChange = (): void =>
  act(() => {
    document.dispatchEvent(new Event('selectionchange'))
  })

// jsdom lays nothing out: a collapsed range has one line box, at the same place every time.
const line = { top: 20, left: 30, height: 16, width: 0, bottom: 36, right: 30, x: 30, y: 20 }
Range.prototype.getClientRects ??= function () {
  return [line] as unknown as DOMRectList
}
Range.prototype.getBoundingClientRect ??= function () {
  return line as DOMRect
}

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('useReadingCaret', () => {
  it('shows the caret while the text has focus and a collapsed selection in it', () => {
    const { getByTestId } = render(<Reader />)
    const text = getByTestId('text')
    const caret = getByTestId('caret')
    // jsdom has no layout: the caret's offset parent is the positioned wrapper, as in the app.
    vi.spyOn(HTMLElement.prototype, 'offsetParent', 'get').mockReturnValue(text.parentElement)
    act(() => text.focus())
    act(() => {
      window.getSelection()!.collapse(text.querySelector('p')!.firstChild!, 4)
    })
    fireSelectionChange()
    expect(caret.hidden).toBe(false)

    act(() => (getByTestId('text').parentElement!.querySelector('input') as HTMLElement).focus())
    expect(caret.hidden).toBe(true)
  })

  it('leaves the page alone on a selection change elsewhere while the caret is hidden', () => {
    // Every keystroke in a comment or a note changes the selection. Hidden, the caret is out of
    // the page (its blink not running), and a selection change elsewhere must not lay the page
    // out or touch the caret: any DOM or style change repaints every painted highlight.
    const { getByTestId, getByRole } = render(<Reader />)
    const caret = getByTestId('caret')
    act(() => getByRole('textbox', { name: 'Comment' }).focus())
    expect(caret.hidden).toBe(true)
    const offsetParent = vi.spyOn(HTMLElement.prototype, 'offsetParent', 'get')
    const changes: MutationRecord[] = []
    const observer = new MutationObserver((records) => changes.push(...records))
    observer.observe(caret, { attributes: true })
    for (let i = 0; i < 5; i++) fireSelectionChange()
    changes.push(...observer.takeRecords())
    observer.disconnect()
    expect(changes).toEqual([])
    expect(offsetParent).not.toHaveBeenCalled()
  })
})
