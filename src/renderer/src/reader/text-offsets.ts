/**
 * Maps between DOM points in the reader and offsets in the article's plain text. Each block
 * element carries `data-offset` (its start in the plain text) and holds exactly one text node, so
 * offsets come from the text model, never from a DOM that may hold other elements.
 */

import { blockAt } from './blocks-in-view'

const BLOCK_SELECTOR = '[data-offset]'

function blockOf(node: Node): HTMLElement | null {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
  return el?.closest<HTMLElement>(BLOCK_SELECTOR) ?? null
}

/** Plain-text offset of a DOM point inside the article body, or null when it is outside any block. */
export function domPointToOffset(node: Node, offset: number): number | null {
  const block = blockOf(node)
  if (!block) return null
  const base = Number(block.dataset.offset)
  const length = block.textContent?.length ?? 0
  if (node.nodeType === Node.TEXT_NODE) return base + Math.min(offset, length)
  // An element boundary: before its first child is the block's start, anything later its end.
  return base + (offset === 0 ? 0 : length)
}

/** The plain-text span of a DOM range clipped to the article body; null when empty or outside. */
export function rangeToOffsets(
  body: HTMLElement,
  range: Range
): { start: number; end: number } | null {
  if (range.collapsed) return null
  const blocks = body.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)
  if (blocks.length === 0 || !range.intersectsNode(body)) return null
  const first = blocks[0]!
  const last = blocks[blocks.length - 1]!
  const startsInside = body.contains(range.startContainer) && blockOf(range.startContainer)
  const endsInside = body.contains(range.endContainer) && blockOf(range.endContainer)
  const start = startsInside
    ? domPointToOffset(range.startContainer, range.startOffset)
    : Number(first.dataset.offset)
  const end = endsInside
    ? domPointToOffset(range.endContainer, range.endOffset)
    : Number(last.dataset.offset) + (last.textContent?.length ?? 0)
  if (start === null || end === null || end <= start) return null
  return { start, end }
}

/**
 * Turns plain-text spans into DOM ranges. Each point is found by binary search over the text
 * elements' `data-offset` (blocks-in-view.ts `blockAt`), reading nothing up front: a 10 MB
 * article has 20,000 elements, and reading them all for every repaint cost seconds.
 */
export function createRangeMaker(body: HTMLElement): (start: number, end: number) => Range | null {
  const point = (offset: number, isEnd: boolean): [Node, number] | null => {
    const found = blockAt(body, offset)
    if (!found) return null
    const text = found.block.firstChild
    if (!text) return null
    const local = offset - Number(found.block.dataset.offset)
    const length = text.textContent?.length ?? 0
    // An offset inside the blank line between blocks belongs to the end of the earlier block.
    if (local > length) {
      if (isEnd) return [text, length]
      const next = found.next?.firstChild
      return next ? [next, 0] : null
    }
    return [text, local]
  }
  return (start, end) => {
    const a = point(start, false)
    const b = point(end, true)
    if (!a || !b) return null
    const range = document.createRange()
    range.setStart(a[0], a[1])
    range.setEnd(b[0], b[1])
    return range.collapsed ? null : range
  }
}

/** Plain-text offset under a screen point (for hover and click on painted highlights). */
export function offsetAtPoint(x: number, y: number): number | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null
  }
  const pos = doc.caretPositionFromPoint?.(x, y)
  if (pos) return domPointToOffset(pos.offsetNode, pos.offset)
  const range = document.caretRangeFromPoint?.(x, y)
  return range ? domPointToOffset(range.startContainer, range.startOffset) : null
}
