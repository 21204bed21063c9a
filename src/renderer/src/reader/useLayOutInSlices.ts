import { useEffect, type RefObject } from 'react'
import type { TextBlock } from '@shared/model/text-model'

/** Aim for each slice's layout to take about this long (ms): well under a 50 ms long task. */
const SLICE_MS = 8
const FIRST_SLICE = 24

/**
 * The reader's blocks start with `content-visibility: auto` (styles.css): the first layout of a
 * long article breaks the lines of only the blocks on screen, not of all of them (about 280 ms
 * for 100,000 words in one task before). Left that way, though, every block scrolled into view
 * would be laid out then and skipped again when it leaves, which made scrolling cost about
 * three times the CPU. So once the first screen is shown, the blocks are made ordinary again in
 * slices, in text order, each laid out at once (a forced layout inside its own task) and sized
 * from how long the last one took, until the whole text is laid out as before. The body's
 * `data-laid-out="all"` says when that is done.
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
    // Live: a long article's elements are added in batches (ArticleText) while this runs.
    const children = el.children as HTMLCollectionOf<HTMLElement>
    delete el.dataset.laidOut
    let next = 0
    // A long article's children are its batches (ArticleText.tsx), each a hundred paragraphs.
    const batched = !!el.firstElementChild?.classList.contains('article-batch')
    let size = batched ? 1 : FIRST_SLICE
    let timer = 0
    const slice = (): void => {
      const started = performance.now()
      const end = Math.min(children.length, next + size)
      for (; next < end; next++) children[next]!.style.contentVisibility = 'visible'
      // Lay the slice out now, inside this task, so its cost is known and no frame pays for it.
      void el.offsetHeight
      const spent = performance.now() - started
      if (spent > 0.5)
        size = Math.max(batched ? 1 : 4, Math.min(400, Math.round((size * SLICE_MS) / spent)))
      if (next < children.length) timer = window.setTimeout(slice, 0)
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
  }, [body, blocks, placement])
}
