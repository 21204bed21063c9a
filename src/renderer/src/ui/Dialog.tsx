import { useEffect, useRef, type ReactNode } from 'react'

interface DialogProps {
  title: string
  open: boolean
  onClose: () => void
  children: ReactNode
  footer?: ReactNode
  wide?: boolean
  /**
   * Docked beside the reader instead of over a backdrop: the article stays readable and
   * selectable (the event form cites passages from it). Escape still closes it.
   */
  modeless?: boolean
}

/** A modal on the native <dialog>: focus is trapped and Escape closes, as the platform does it. */
export function Dialog({
  title,
  open,
  onClose,
  children,
  footer,
  wide,
  modeless
}: DialogProps): ReactNode {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    if (open && !el.open) {
      if (modeless) el.show()
      else el.showModal()
      // Start where the work is: a marked field, else the first field, not the close button.
      const first = el.querySelector<HTMLElement>(
        '[data-autofocus], .dialog-body :is(input, select, textarea)'
      )
      first?.focus()
    }
    if (!open && el.open) el.close()
  }, [open, modeless])
  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog-wide' : ''}${modeless ? ' dialog-modeless' : ''}`}
      aria-labelledby={`${title}-title`.replace(/\W+/g, '-')}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
      // A dialog opened with show() gets no cancel event from Escape.
      onKeyDown={
        modeless
          ? (e) => {
              if (e.key === 'Escape' && !e.defaultPrevented) {
                e.preventDefault()
                onClose()
              }
            }
          : undefined
      }
    >
      {open && (
        <>
          <header className="dialog-header">
            <h2 id={`${title}-title`.replace(/\W+/g, '-')}>{title}</h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </header>
          <div className="dialog-body">{children}</div>
          {footer && <footer className="dialog-footer">{footer}</footer>}
        </>
      )}
    </dialog>
  )
}
