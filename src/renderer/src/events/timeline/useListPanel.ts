import { useCallback, useEffect, useRef, useState } from 'react'

export interface ListPanel {
  /** Shown now. */
  open: boolean
  /** Rendered: from the first opening on, the list stays in the page, hidden while closed. */
  mounted: boolean
  toggle: () => void
  /** Closes and gives focus back to the toggle (Escape in the list). */
  close: () => void
  toggleRef: React.RefObject<HTMLButtonElement | null>
  panelRef: React.RefObject<HTMLDivElement | null>
}

/**
 * The "List" toggle of a picture: opening moves focus to the list's tab stop. The list is built
 * on first opening only (thousands of buttons nobody asked for slow every layout of the page) and
 * then kept, hidden, so closing and reopening cost nothing (taking 2,000 buttons out of the page
 * was a 35 ms task in our profile).
 */
export function useListPanel(): ListPanel {
  const [open, setOpen] = useState(false)
  const [mounted, setMounted] = useState(false)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  const toggle = useCallback(() => {
    setMounted(true)
    setOpen((o) => !o)
  }, [])
  const close = useCallback(() => {
    setOpen(false)
    toggleRef.current?.focus()
  }, [])
  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus()
  }, [open])
  return { open, mounted, toggle, close, toggleRef, panelRef }
}
