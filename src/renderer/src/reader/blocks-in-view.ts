/**
 * The reader's text elements (those with `data-offset`) in text order, found by their boxes.
 * They are the article body's children, or, in a long article, the children of its batches
 * (ArticleText.tsx). Searches go batch first, then inside the batches found, so a search never
 * reads the box of an element in a batch far from the view (which would make the browser lay
 * that batch out).
 */

const isBatch = (el: Element | null | undefined): boolean =>
  !!el && el.classList.contains('article-batch')

/** Index of the first element whose bottom is at or below `top` (the last one when none is). */
function firstReaching(list: HTMLCollection, top: number): number {
  let lo = 0
  let hi = list.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]!.getBoundingClientRect().bottom >= top) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** Index of the last element from `from` on whose top is at or above `bottom`. */
function lastReaching(list: HTMLCollection, bottom: number, from = 0): number {
  let lo = from
  let hi = list.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (list[mid]!.getBoundingClientRect().top <= bottom) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The first and last text elements with any part between `top` and `bottom` (client px). */
export function blocksBetween(
  body: HTMLElement,
  top: number,
  bottom: number
): { first: HTMLElement; last: HTMLElement } | null {
  const top1 = body.children
  if (top1.length === 0) return null
  if (!isBatch(top1[0])) {
    const first = firstReaching(top1, top)
    const last = lastReaching(top1, bottom, first)
    return { first: top1[first] as HTMLElement, last: top1[last] as HTMLElement }
  }
  const fb = firstReaching(top1, top)
  const lb = lastReaching(top1, bottom, fb)
  const inFirst = top1[fb]!.children
  const inLast = top1[lb]!.children
  if (inFirst.length === 0 || inLast.length === 0) return null
  const first = inFirst[firstReaching(inFirst, top)] as HTMLElement
  const last = inLast[lastReaching(inLast, bottom)] as HTMLElement
  return { first, last }
}

/** The last text element in the page (the end of what is shown so far). */
export function lastBlock(body: HTMLElement): HTMLElement | null {
  const last = body.lastElementChild as HTMLElement | null
  return isBatch(last) ? (last!.lastElementChild as HTMLElement | null) : last
}

/** Plain-text end of a text element. */
export const blockEnd = (el: HTMLElement): number =>
  Number(el.dataset.offset) + (el.textContent?.length ?? 0)

const startOf = (el: Element): number => Number((el as HTMLElement).dataset.offset)

/** Index of the last element of `list` starting at or before `offset` (0 when none does). */
function lastStartingBy(
  list: HTMLCollection,
  offset: number,
  start: (el: Element) => number
): number {
  let lo = 0
  let hi = list.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (start(list[mid]!) <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * The text element holding plain-text `offset` (the last one starting at or before it) and the
 * element after it, by binary search on `data-offset`: no box is read, so no layout is forced.
 */
export function blockAt(
  body: HTMLElement,
  offset: number
): { block: HTMLElement; next: HTMLElement | null } | null {
  const top = body.children
  if (top.length === 0) return null
  if (!isBatch(top[0])) {
    const i = lastStartingBy(top, offset, startOf)
    return { block: top[i] as HTMLElement, next: (top[i + 1] as HTMLElement | undefined) ?? null }
  }
  const b = lastStartingBy(top, offset, (batch) =>
    batch.firstElementChild ? startOf(batch.firstElementChild) : Infinity
  )
  const inBatch = top[b]!.children
  if (inBatch.length === 0) return null
  const i = lastStartingBy(inBatch, offset, startOf)
  const next =
    (inBatch[i + 1] as HTMLElement | undefined) ??
    (top[b + 1]?.firstElementChild as HTMLElement | null | undefined) ??
    null
  return { block: inBatch[i] as HTMLElement, next }
}
