import { useEffect, useImperativeHandle, useRef, useState, type ReactNode, type Ref } from 'react'
import type { SlashItem } from './slash-items'

/** What the suggestion plugin calls on the list: keys typed while the menu is open. */
export interface SlashMenuHandle {
  onKeyDown: (event: KeyboardEvent) => boolean
}

export interface SlashMenuListProps {
  items: SlashItem[]
  query: string
  command: (item: SlashItem) => void
  ref?: Ref<SlashMenuHandle>
}

/** The "/" menu: arrows move, Enter or Tab chooses, → opens a sub-list and ← goes back. */
export function SlashMenuList({ items, query, command, ref }: SlashMenuListProps): ReactNode {
  const [index, setIndex] = useState(0)
  const [submenu, setSubmenu] = useState<SlashItem | null>(null)
  const [lastQuery, setLastQuery] = useState(query)
  // A new query shows a new list: start again at its top (adjusting state during render, not in an effect).
  if (lastQuery !== query) {
    setLastQuery(query)
    setIndex(0)
    setSubmenu(null)
  }
  const shown = submenu?.children ? [...submenu.children] : items
  const list = useRef<HTMLDivElement>(null)

  // Keyboard moves can go past the visible part of the list.
  useEffect(() => {
    list.current?.querySelector('.is-active')?.scrollIntoView({ block: 'nearest' })
  }, [index, submenu])

  const choose = (item: SlashItem | undefined): void => {
    if (!item) return
    if (item.children) {
      setSubmenu(item)
      setIndex(0)
    } else command(item)
  }

  useImperativeHandle(ref, () => ({
    onKeyDown: (event) => {
      if (shown.length === 0) return false
      switch (event.key) {
        case 'ArrowDown':
          setIndex((i) => (i + 1) % shown.length)
          return true
        case 'ArrowUp':
          setIndex((i) => (i - 1 + shown.length) % shown.length)
          return true
        case 'Enter':
        case 'Tab':
          choose(shown[index])
          return true
        case 'ArrowRight':
          if (!shown[index]?.children) return false
          choose(shown[index])
          return true
        case 'ArrowLeft':
          if (!submenu) return false
          setIndex(Math.max(0, items.indexOf(submenu)))
          setSubmenu(null)
          return true
        default:
          return false
      }
    }
  }))

  return (
    <div
      ref={list}
      className="slash-menu"
      role="listbox"
      aria-label={submenu ? submenu.title : 'Insert'}
    >
      {submenu && <div className="slash-menu-heading">← {submenu.title}</div>}
      {shown.length === 0 && <div className="slash-menu-empty">No matches</div>}
      {shown.map((item, i) => (
        <div
          key={item.id}
          id={`slash-item-${item.id}`}
          role="option"
          aria-selected={i === index}
          className={`slash-menu-item${i === index ? ' is-active' : ''}`}
          onMouseDown={(e) => e.preventDefault()}
          onMouseEnter={() => setIndex(i)}
          onClick={() => choose(item)}
        >
          <span className="slash-menu-title">{item.title}</span>
          <span className="slash-menu-hint">{item.children ? '›' : item.hint}</span>
        </div>
      ))}
    </div>
  )
}
