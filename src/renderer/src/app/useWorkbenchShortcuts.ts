import { useEffect } from 'react'
import { WORK_MODES, type WorkMode } from '../layout/work-modes'

export interface ShortcutHandlers {
  importArticle: () => void
  pasteArticle: () => void
  exportDialog: () => void
  toggleLibrary: () => void
  /** Alt+1 / Alt+2 / Alt+3: Read, Code events, Write, from anywhere, even while typing. */
  switchMode: (mode: WorkMode) => void
  showShortcuts: () => void
  undo: () => void
  redo: () => void
  nextAnnotation: (step: 1 | -1) => void
  /** Ctrl+K / Cmd+K: the search and command palette, from anywhere, even while typing. */
  openPalette: () => void
  /** True while a dialog is open: single-key shortcuts are then left to the dialog. */
  dialogOpen: boolean
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
}

/**
 * Window-wide shortcuts; keys that mean something while typing are left to the text field, and
 * a key the focused element already handled is not handled again.
 */
export function useWorkbenchShortcuts(h: ShortcutHandlers): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      // One owner per key: a focused editor that handled the key (a note's Ctrl+K link box)
      // called preventDefault on its way here, and the window's binding stands aside.
      if (e.defaultPrevented) return
      const mod = e.ctrlKey || e.metaKey
      const key = e.key.toLowerCase()
      const typing = isTyping(e.target)
      const act = (fn: () => void): void => {
        e.preventDefault()
        fn()
      }
      if (mod && !e.shiftKey && !e.altKey && key === 'k') return act(h.openPalette)
      // Alt alone: Ctrl+Alt is AltGr on some keyboards, which types characters. e.code, because
      // Alt+digit types another character on a Mac.
      if (e.altKey && !mod && !e.shiftKey && !h.dialogOpen) {
        const mode = WORK_MODES.find((m) => e.code === `Digit${m.digit}`)
        if (mode) return act(() => h.switchMode(mode.id))
      }
      if (mod && !e.shiftKey && key === 'o') return act(h.importArticle)
      if (mod && key === 'l') return act(h.toggleLibrary)
      if (mod && !e.shiftKey && key === 'e' && !h.dialogOpen) return act(h.exportDialog)
      if (typing || h.dialogOpen) return
      if (mod && e.shiftKey && key === 'v') return act(h.pasteArticle)
      if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) return act(h.redo)
      if (mod && key === 'z') return act(h.undo)
      if (mod || e.altKey) return
      if (e.key === '?' || e.key === 'F1') return act(h.showShortcuts)
      if (key === 'j') return act(() => h.nextAnnotation(1))
      if (key === 'k') return act(() => h.nextAnnotation(-1))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [h])
}
