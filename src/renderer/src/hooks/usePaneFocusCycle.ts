import { useEffect } from 'react'

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
      next?.focus()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
