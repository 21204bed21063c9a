const SCROLLING = /(auto|scroll|overlay)/

/** The nearest ancestor of `el` that scrolls vertically (its overflow-y lets it), or null. */
export function scrollParentOf(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement)
    if (SCROLLING.test(getComputedStyle(p).overflowY)) return p
  return null
}
