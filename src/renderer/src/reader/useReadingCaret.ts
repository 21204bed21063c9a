import { useEffect, useRef, type RefObject } from 'react'

/**
 * Draws the keyboard reading caret. The article text is not editable, and Chromium paints no
 * caret in non-editable text (caret browsing is off by default), so the caret the arrow keys
 * move (keyboard-selection.ts) was invisible. While the text has focus and the selection is
 * collapsed inside it, `caret` (an absolutely placed element beside the text) is put where the
 * selection is. The element is moved directly, not through React state: the caret follows every
 * arrow press without re-rendering the article. Returns the ref to put on the caret element.
 *
 * Hidden, the caret is out of the page (`hidden`, so display: none), where its blink does not run:
 * a running CSS animation changes style in every frame, and any style change makes Chromium
 * rebuild the markers of every painted highlight and repaint the text under them (see
 * usePaintedHighlights). With the blink always running, every frame of the window, each
 * keystroke in a comment or a note among them, repainted the article's highlighted text. And a
 * selection change elsewhere (every keystroke in an editor) neither lays the page out (reading
 * offsetParent) nor writes the caret's style while it stays hidden.
 */
export function useReadingCaret(
  body: RefObject<HTMLElement | null>
): RefObject<HTMLSpanElement | null> {
  const caret = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const update = (): void => {
      const mark = caret.current
      const text = body.current
      if (!mark || !text) return
      const place = caretRect(text)
      if (place) mark.hidden = false
      // Read only once shown: a hidden (display: none) element has no offsetParent.
      const parent = place ? (mark.offsetParent as HTMLElement | null) : null
      if (!place || !parent) {
        // Unchanged when already hidden: setting the attribute again is a DOM change.
        if (!mark.hidden) mark.hidden = true
        return
      }
      const origin = parent.getBoundingClientRect()
      mark.style.top = `${place.top - origin.top + parent.scrollTop - parent.clientTop}px`
      mark.style.left = `${place.left - origin.left + parent.scrollLeft - parent.clientLeft}px`
      mark.style.height = `${place.height}px`
      // Restart the blink, so the caret is on (not mid-blink off) right after it moves.
      mark.getAnimations?.().forEach((a) => {
        a.currentTime = 0
      })
    }
    // On the document: the text element comes and goes with the article (loading, page view).
    document.addEventListener('selectionchange', update)
    document.addEventListener('focusin', update)
    document.addEventListener('focusout', update)
    window.addEventListener('resize', update)
    update()
    return () => {
      document.removeEventListener('selectionchange', update)
      document.removeEventListener('focusin', update)
      document.removeEventListener('focusout', update)
      window.removeEventListener('resize', update)
    }
  }, [body])
  return caret
}

/** Where a caret belongs: the collapsed selection inside the focused text, or null. */
function caretRect(text: HTMLElement): { top: number; left: number; height: number } | null {
  if (document.activeElement !== text) return null
  const selection = window.getSelection()
  if (!selection?.rangeCount || !selection.isCollapsed) return null
  if (!selection.focusNode || !text.contains(selection.focusNode)) return null
  const range = selection.getRangeAt(0)
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect()
  if (rect.height > 0) return { top: rect.top, left: rect.left, height: rect.height }
  // A collapsed range between elements has no box: use the start of the element it is in.
  const node = selection.focusNode
  const element = node instanceof Element ? node : node.parentElement
  const box = element?.getClientRects()[0]
  if (!box) return null
  const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || box.height
  return { top: box.top, left: box.left, height: Math.min(lineHeight, box.height) }
}
