import { useEffect } from 'react'

/**
 * Where F6 puts focus in a pane: the element the arrow keys work in (the article text, a card,
 * a table row, a library item), marked `data-pane-home`. Of several (one per card, row or item),
 * the current or selected one, else the first; a pane with none gets focus on its frame.
 */
export function paneHome(pane: HTMLElement): HTMLElement {
  const homes = Array.from(pane.querySelectorAll<HTMLElement>('[data-pane-home]')).filter(
    (el) => !el.closest('[hidden]')
  )
  return (
    homes.find(
      (el) =>
        el.getAttribute('aria-current') === 'true' || el.getAttribute('aria-selected') === 'true'
    ) ??
    homes[0] ??
    pane
  )
}

/** F6 / Shift+F6 move focus between the workbench's regions, as in desktop mail and office apps. */
export function usePaneFocusCycle(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'F6') return
      const panes = Array.from(document.querySelectorAll<HTMLElement>('[data-pane]')).filter(
        (p) => p.offsetParent !== null
      )
      if (panes.length === 0) return
      e.preventDefault()
      const current = panes.findIndex((p) => p.contains(document.activeElement))
      const step = e.shiftKey ? -1 : 1
      const next = panes[(current + step + panes.length) % panes.length]
      if (next) paneHome(next).focus()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
