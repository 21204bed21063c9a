import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { Icon } from '../../ui/Icon'

export interface ToolbarMenuItem {
  id: string
  label: string
  /** Shown at the right of the item, e.g. a range. */
  hint?: string
  /** Tooltip on hover. */
  title?: string
  disabled?: boolean
  onSelect: () => void
}

interface ToolbarMenuProps {
  label: ReactNode
  /** Accessible name and tooltip of the button. */
  title: string
  items: readonly ToolbarMenuItem[]
  /** Id of an element that says what the menu acts on (a library item's title). */
  describedBy?: string
  /** The button does nothing (a read-only note). */
  disabled?: boolean
}

/** A toolbar button with a drop-down menu; arrows move, Enter chooses, Escape closes. */
export function ToolbarMenu({
  label,
  title,
  items,
  describedBy,
  disabled = false
}: ToolbarMenuProps): ReactNode {
  const [open, setOpen] = useState(false)
  const [index, setIndex] = useState(0)
  const root = useRef<HTMLDivElement>(null)
  const menuId = useId()

  useEffect(() => {
    if (!open) return
    const close = (e: MouseEvent): void => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])

  useEffect(() => {
    if (open) root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[index]?.focus()
  }, [open, index])

  const choose = (item: ToolbarMenuItem | undefined): void => {
    if (!item || item.disabled) return
    setOpen(false)
    item.onSelect()
  }

  const onKeyDown = (e: KeyboardEvent): void => {
    if (!open) {
      if (disabled) return
      if (e.key === 'ArrowDown') {
        e.preventDefault()
        setIndex(0)
        setOpen(true)
      }
      return
    }
    const keys: Record<string, () => void> = {
      ArrowDown: () => setIndex((i) => (i + 1) % items.length),
      ArrowUp: () => setIndex((i) => (i - 1 + items.length) % items.length),
      Home: () => setIndex(0),
      End: () => setIndex(items.length - 1),
      Enter: () => choose(items[index]),
      ' ': () => choose(items[index]),
      Escape: () => {
        setOpen(false)
        root.current?.querySelector<HTMLElement>('button')?.focus()
      },
      Tab: () => setOpen(false)
    }
    const action = keys[e.key]
    if (!action) return
    if (e.key !== 'Tab') e.preventDefault()
    e.stopPropagation()
    action()
  }

  return (
    <div className="toolbar-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="format-button toolbar-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={title}
        aria-describedby={describedBy}
        title={title}
        disabled={disabled}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          setIndex(0)
          setOpen((o) => !o)
        }}
      >
        {label} <Icon name="chevron-down" />
      </button>
      {open && (
        <div className="toolbar-menu-list" role="menu" id={menuId} aria-label={title}>
          {items.map((item, i) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              tabIndex={i === index ? 0 : -1}
              className="toolbar-menu-item"
              title={item.title}
              disabled={item.disabled}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setIndex(i)}
              onClick={() => choose(item)}
            >
              <span>{item.label}</span>
              {item.hint && <span className="toolbar-menu-hint">{item.hint}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
