/**
 * jsdom has no layout: ProseMirror's scrollIntoView and the suggestion popup measure ranges and
 * elements. Zero-sized rectangles are enough for tests that do not check positions.
 */
export function stubLayout(): void {
  const rect = (): DOMRect => new DOMRect(0, 0, 0, 0)
  const rects = (): DOMRectList => Object.assign([], { item: () => null }) as unknown as DOMRectList
  Range.prototype.getBoundingClientRect = rect
  Range.prototype.getClientRects = rects
  Element.prototype.scrollIntoView = () => {}
  document.elementFromPoint ??= () => null
}
