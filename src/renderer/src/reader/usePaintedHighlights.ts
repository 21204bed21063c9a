import { useEffect, type RefObject } from 'react'
import type { TextBlock } from '@shared/model/text-model'
import type { AnnotationIndex } from './annotations-at'
import { highlightsSupported, paintHighlights, spanInView } from './paint-highlights'
import { createRangeMaker } from './text-offsets'

/**
 * Highlights are painted for the text within this many viewport heights above and below: the
 * compositor can scroll that far before the scroll handler paints more, so none shows up late.
 */
const PAINT_MARGIN = 1
/** …and repainted once the text within this many viewport heights is no longer all covered. */
const KEEP_MARGIN = 0.5

/**
 * Paints the annotations near the reader's viewport, and repaints as it scrolls or resizes.
 *
 * Chromium rebuilds the markers of every registered highlight range, and repaints the text they
 * cover, whenever the DOM or any style changes (the hover tooltip appearing, for one), so
 * registering all of a long article's annotations makes each such frame pay for all of them.
 * Only the annotations within a screen of the viewport are registered instead; text further away
 * is not on screen anyway.
 * The window moves in a scroll or resize callback, which runs before the frame is painted, so
 * highlights never show up late. Without a scrolling pane around the body, all are painted.
 */
export function usePaintedHighlights(
  body: RefObject<HTMLElement | null>,
  index: AnnotationIndex,
  activeId: string | null,
  blocks: readonly TextBlock[] | undefined,
  /** Changes when the body moves to another scrolled element (the PDF page view's split). */
  placement: unknown = null,
  /** How many of the text's elements are in the page (a long article's come in batches). */
  elements = 0
): void {
  useEffect(() => {
    const el = body.current
    if (!el || !highlightsSupported()) return
    const all = index.overlapping(-Infinity, Infinity)
    const scroller = el.closest<HTMLElement>('.pane-content')
    if (!scroller || all.length === 0) {
      paintHighlights(el, all, activeId)
      return
    }
    let painted: { start: number; end: number } | null = null
    const makeRange = createRangeMaker(el)
    const update = (): void => {
      const height = scroller.clientHeight
      const needed = spanInView(el, scroller, KEEP_MARGIN * height)
      if (!needed) return
      if (painted && painted.start <= needed.start && needed.end <= painted.end) return
      painted = spanInView(el, scroller, PAINT_MARGIN * height) ?? needed
      paintHighlights(el, index.overlapping(painted.start, painted.end), activeId, makeRange)
    }
    update()
    scroller.addEventListener('scroll', update, { passive: true })
    const resizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update)
    resizes?.observe(scroller)
    resizes?.observe(el)
    return () => {
      scroller.removeEventListener('scroll', update)
      resizes?.disconnect()
    }
  }, [body, index, activeId, blocks, placement, elements])
}
