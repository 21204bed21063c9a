import type { AnnotationRecord } from '../../../shared/model/annotation'
import { createRangeMaker } from './text-offsets'

/** Highlight registry names; styles.css gives each its ::highlight() paint. */
export const HIGHLIGHT_NAMES = {
  colour: (slot: number) => `aw-colour-${slot}`,
  drifted: 'aw-drifted',
  active: 'aw-active',
  flash: 'aw-flash'
} as const

const highlightsSupported = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'

/**
 * Paints annotations with the CSS Custom Highlight API: the article's DOM and text model stay
 * untouched, overlapping highlights blend visibly, and 1,000 highlights cost 1,000 Range objects
 * rather than thousands of wrapper elements.
 */
export function paintHighlights(
  body: HTMLElement,
  annotations: readonly AnnotationRecord[],
  activeId: string | null
): void {
  if (!highlightsSupported()) return
  const makeRange = createRangeMaker(body)
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
