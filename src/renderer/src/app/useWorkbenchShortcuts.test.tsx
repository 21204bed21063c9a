import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useWorkbenchShortcuts, type ShortcutHandlers } from './useWorkbenchShortcuts'

function handlers(): ShortcutHandlers {
  return {
    importArticle: vi.fn(),
    pasteArticle: vi.fn(),
    exportDialog: vi.fn(),
    toggleLibrary: vi.fn(),
    showShortcuts: vi.fn(),
    undo: vi.fn(),
    redo: vi.fn(),
    nextAnnotation: vi.fn(),
    openPalette: vi.fn(),
    switchMode: vi.fn(),
    dialogOpen: false
  }
}

/** The window's shortcuts, and an editor that owns Ctrl+K (a note's link box), as in the app. */
function Window({ h, onLink }: { h: ShortcutHandlers; onLink: () => void }): ReactNode {
  useWorkbenchShortcuts(h)
  return (
    <>
      <div
        onKeyDown={(e) => {
          if (e.ctrlKey && e.key === 'k') {
            e.preventDefault()
            onLink()
          }
        }}
      >
        <div contentEditable aria-label="Note" role="textbox" tabIndex={0} />
      </div>
      <input aria-label="Elsewhere" />
    </>
  )
}

afterEach(cleanup)

describe('useWorkbenchShortcuts', () => {
  it('switches work mode with Alt+1/2/3, even while typing in a note, but not with AltGr', () => {
    const h = handlers()
    render(<Window h={h} onLink={vi.fn()} />)
    const note = screen.getByRole('textbox', { name: 'Note' })
    fireEvent.keyDown(note, { key: '2', code: 'Digit2', altKey: true })
    fireEvent.keyDown(note, { key: '3', code: 'Digit3', altKey: true })
    expect(h.switchMode).toHaveBeenNthCalledWith(1, 'code')
    expect(h.switchMode).toHaveBeenNthCalledWith(2, 'write')
    // Ctrl+Alt is AltGr on some keyboards: it types a character, it switches nothing.
    fireEvent.keyDown(note, { key: '1', code: 'Digit1', altKey: true, ctrlKey: true })
    expect(h.switchMode).toHaveBeenCalledTimes(2)
  })

  it('leaves a key to the focused editor that handled it: Ctrl+K in a note opens only its link box', () => {
    const h = handlers()
    const onLink = vi.fn()
    render(<Window h={h} onLink={onLink} />)
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Note' }), { key: 'k', ctrlKey: true })
    expect(onLink).toHaveBeenCalledTimes(1)
    expect(h.openPalette).not.toHaveBeenCalled()
  })

  it('opens the palette with Ctrl+K from a field that does not use it', () => {
    const h = handlers()
    render(<Window h={h} onLink={vi.fn()} />)
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Elsewhere' }), {
      key: 'k',
      ctrlKey: true
    })
    expect(h.openPalette).toHaveBeenCalledTimes(1)
  })

  it('moves between annotations with j/k outside text fields', () => {
    const h = handlers()
    render(<Window h={h} onLink={vi.fn()} />)
    fireEvent.keyDown(document.body, { key: 'j' })
    fireEvent.keyDown(document.body, { key: 'k' })
    expect(h.nextAnnotation).toHaveBeenNthCalledWith(1, 1)
    expect(h.nextAnnotation).toHaveBeenNthCalledWith(2, -1)
  })
})
