import type { AnnotationRecord } from '@shared/model/annotation'
import { blockEnd, blocksBetween } from './blocks-in-view'
import { createRangeMaker } from './text-offsets'

/** Highlight registry names; styles.css gives each its ::highlight() paint. */
export const HIGHLIGHT_NAMES = {
  colour: (slot: number) => `aw-colour-${slot}`,
  drifted: 'aw-drifted',
  active: 'aw-active',
  flash: 'aw-flash'
} as const

export const highlightsSupported = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'

/**
 * Paints annotations with the CSS Custom Highlight API: the article's DOM and text model stay
 * untouched, overlapping highlights blend visibly, and 1,000 highlights cost 1,000 Range objects
 * rather than thousands of wrapper elements.
 */
export function paintHighlights(
  body: HTMLElement,
  annotations: readonly AnnotationRecord[],
  activeId: string | null,
  // A caller repainting as the reader scrolls passes one maker: building it reads every block.
  makeRange = createRangeMaker(body)
): void {
  if (!highlightsSupported()) return
  const byColour: Range[][] = [[], [], [], [], []]
  const drifted: Range[] = []
  const active: Range[] = []
  for (const a of annotations) {
    if (a.anchor.status === 'orphaned') continue
    const range = makeRange(a.anchor.start, a.anchor.end)
    if (!range) continue
    byColour[a.colour]?.push(range)
    if (a.anchor.status === 'drifted') drifted.push(range)
    if (a.id === activeId) active.push(range)
  }
  byColour.forEach((ranges, slot) =>
    CSS.highlights.set(HIGHLIGHT_NAMES.colour(slot), new Highlight(...ranges))
  )
  CSS.highlights.set(HIGHLIGHT_NAMES.drifted, new Highlight(...drifted))
  const activeHighlight = new Highlight(...active)
  // The focused annotation paints above overlapping ones.
  activeHighlight.priority = 1
  CSS.highlights.set(HIGHLIGHT_NAMES.active, activeHighlight)
}

/**
 * What paintHighlights draws of the annotations (which there are, their colours, anchors and
 * states), as one string: two lists with the same signature paint the same highlights. The
 * comment, tags and times are not in it: a comment keystroke stores a new record, and does not
 * change a highlight.
 */
export function paintSignature(annotations: readonly AnnotationRecord[]): string {
  return annotations
    .map((a) => `${a.id} ${a.colour} ${a.anchor.status} ${a.anchor.start} ${a.anchor.end}`)
    .join('\n')
}

/**
 * The plain-text span of the article blocks that are in `scroller`'s viewport or within `margin`
 * px above or below it; null when the body has no blocks. The blocks are in text order, so binary
 * searches over their boxes find the first and last (blocks-in-view.ts): about 2·log2(blocks)
 * box reads, cheap enough for every scroll event.
 */
export function spanInView(
  body: HTMLElement,
  scroller: HTMLElement,
  margin: number
): { start: number; end: number } | null {
  const view = scroller.getBoundingClientRect()
  const found = blocksBetween(body, view.top - margin, view.bottom + margin)
  if (!found) return null
  return { start: Number(found.first.dataset.offset), end: blockEnd(found.last) }
}

/** Briefly flashes a span, so the eye finds the passage a card points to. */
export function flashSpan(body: HTMLElement, start: number, end: number): void {
  if (!highlightsSupported()) return
  const range = createRangeMaker(body)(start, end)
  if (!range) return
  const flash = new Highlight(range)
  flash.priority = 2
  CSS.highlights.set(HIGHLIGHT_NAMES.flash, flash)
  body.dataset.flashing = 'true'
  window.setTimeout(() => {
    if (CSS.highlights.get(HIGHLIGHT_NAMES.flash) === flash)
      CSS.highlights.delete(HIGHLIGHT_NAMES.flash)
    delete body.dataset.flashing
  }, 1200)
}

/** Scrolls the reader so the span is in view (centred), without moving keyboard focus. */
export function scrollToSpan(body: HTMLElement, start: number, end: number): void {
  const range = createRangeMaker(body)(start, end)
  const el = range?.startContainer.parentElement
  el?.scrollIntoView({ block: 'center' })
}
