import { blocksBetween } from './blocks-in-view'

/**
 * Keyboard selection in the (non-editable) reader, standing in for caret browsing:
 * arrows move a caret, Shift extends by character or line, Ctrl+Shift by word, Alt+Shift by
 * sentence — all through Selection.modify, so the browser's own word and sentence rules apply.
 * Returns true when the key was handled.
 */
export function handleSelectionKey(body: HTMLElement, e: KeyboardEvent): boolean {
  const arrows: Record<string, ['forward' | 'backward', 'character' | 'line']> = {
    ArrowRight: ['forward', 'character'],
    ArrowLeft: ['backward', 'character'],
    ArrowDown: ['forward', 'line'],
    ArrowUp: ['backward', 'line']
  }
  const arrow = arrows[e.key]
  if (!arrow) return false
  const selection = window.getSelection()
  if (!selection) return false
  if (!selection.rangeCount || !body.contains(selection.anchorNode))
    placeCaretAtFirstVisibleBlock(body, selection)
  const [direction, base] = arrow
  const granularity =
    e.altKey && e.shiftKey
      ? 'sentence'
      : (e.ctrlKey || e.metaKey) && base === 'character'
        ? 'word'
        : base
  const modify = (selection as Selection & { modify?: (a: string, d: string, g: string) => void })
    .modify
  if (!modify) return false
  modify.call(selection, e.shiftKey ? 'extend' : 'move', direction, granularity)
  const focus = selection.focusNode?.parentElement
  focus?.scrollIntoView({ block: 'nearest' })
  return true
}

/** Puts a caret at the start of the first block in view, where the reader's eyes are. */
function placeCaretAtFirstVisibleBlock(body: HTMLElement, selection: Selection): void {
  const top = body.closest('.pane-content')?.getBoundingClientRect().top ?? 0
  const block = blocksBetween(body, top, top)?.first
  if (!block?.firstChild) return
  selection.collapse(block.firstChild, 0)
}
