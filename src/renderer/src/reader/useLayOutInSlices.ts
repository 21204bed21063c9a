import { useEffect, type RefObject } from 'react'
import type { TextBlock } from '@shared/model/text-model'

/** Aim for each slice's layout to take about this long (ms): well under a 50 ms long task. */
const SLICE_MS = 8
const FIRST_SLICE = 24

/**
 * How many characters of a long article stay laid out (and painted when scrolled to) for good.
 * Every frame after a change in the page walks all of the laid-out text (Chromium's pre-paint):
 * about 4 ms a megabyte of text on the shared 2-core machine, so with a 60 MB article stored
 * before the entry limit, hundreds of frames over 100 ms while it was laid out. Past this many
 * characters a batch is laid out once, to know its height, and then skipped again
 * (`content-visibility: auto`) at that height: the scroll bar is as right as for the rest, and the
 * batch is laid out again when scrolled near (a few milliseconds for its 25,000 characters).
 * Three million characters is about 500,000 words, five times the longest ordinary articles.
 */
export const KEEP_LAID_OUT_CHARS = 3_000_000

/**
 * The reader's blocks start with `content-visibility: auto` (styles.css): the first layout of a
 * long article breaks the lines of only the blocks on screen, not of all of them (about 280 ms
 * for 100,000 words in one task before). Left that way, though, every block scrolled into view
 * would be laid out then and skipped again when it leaves, which made scrolling cost about
 * three times the CPU. So once the first screen is shown, the blocks are made ordinary again in
 * slices, in text order, each laid out at once (a forced layout inside its own task) and sized
 * from how long the last one took, until the whole text is laid out as before (a batch past the
 * first KEEP_LAID_OUT_CHARS characters is measured and skipped again instead: layOutSlice). The
 * body's `data-laid-out="all"` says when that is done.
 */
export function useLayOutInSlices(
  body: RefObject<HTMLElement | null>,
  blocks: readonly TextBlock[] | undefined,
  /** Changes when the body moves to another element (the PDF page view's split). */
  placement: unknown = null
): void {
  useEffect(() => {
    const el = body.current
    if (!el || !blocks) return
    return layOutInSlices(el)
  }, [body, blocks, placement])
}

/** Lays the body out slice by slice, one task each, from the next frame on; returns the stop. */
function layOutInSlices(el: HTMLElement): () => void {
  // Live: a long article's elements are added in batches (ArticleText) while this runs.
  const children = el.children
  delete el.dataset.laidOut
  // A long article's children are its batches (ArticleText.tsx), each a hundred paragraphs.
  const batched = !!el.firstElementChild?.classList.contains('article-batch')
  const progress: SliceProgress = { next: 0, kept: 0 }
  let size = batched ? 1 : FIRST_SLICE
  let timer = 0
  const slice = (): void => {
    const started = performance.now()
    layOutSlice(el, progress, size)
    const spent = performance.now() - started
    if (spent > 0.5)
      size = Math.max(batched ? 1 : 4, Math.min(400, Math.round((size * SLICE_MS) / spent)))
    if (progress.next < children.length) timer = window.setTimeout(slice, 0)
    // Not all of the text is in the page yet: look again after the next batch's frame.
    else if (el.dataset.shown !== 'all') timer = window.setTimeout(slice, 16)
    else el.dataset.laidOut = 'all'
  }
  // After the first screen has been painted.
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(slice, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/** How far the slices have come: the next child of the body, and the characters kept laid out. */
export interface SliceProgress {
  next: number
  kept: number
}

/**
 * Lays out the body's next `size` children (one slice) inside this task. A batch (it says its
 * length in `data-chars`) that takes the laid-out text past `keep` characters is measured and
 * given back to `content-visibility: auto` at its real height, so the text the browser walks in
 * every frame stays at most `keep` characters, however long the article.
 */
export function layOutSlice(
  body: HTMLElement,
  progress: SliceProgress,
  size: number,
  keep = KEEP_LAID_OUT_CHARS
): void {
  const children = body.children as HTMLCollectionOf<HTMLElement>
  const end = Math.min(children.length, progress.next + size)
  const measured: HTMLElement[] = []
  for (; progress.next < end; progress.next++) {
    const child = children[progress.next]!
    child.style.contentVisibility = 'visible'
    const chars = Number(child.dataset.chars ?? 0)
    if (progress.kept + chars > keep) measured.push(child)
    else progress.kept += chars
  }
  // Lay the slice out now, inside this task, so its cost is known and no frame pays for it.
  void body.offsetHeight
  // Heights are read after the one layout, then styles written: no layout between the reads.
  const heights = measured.map((child) => child.offsetHeight)
  measured.forEach((child, i) => {
    // `auto`: once shown again, the height it was last laid out at (a resize may change it).
    child.style.containIntrinsicBlockSize = `auto ${heights[i]}px`
    child.style.contentVisibility = ''
  })
}
