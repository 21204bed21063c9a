import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import type { ColourSlot } from '@shared/model/annotation'
import { COLOUR_SLOTS, COLOUR_SWATCHES } from '../annotations/colours'
import { placeSelectionToolbar, type Box } from './place-selection-toolbar'

/** What the toolbar is placed by: the selection's lines, the line pitch, the pane it stays in. */
export interface ToolbarAnchor {
  selection: Box[]
  lineHeight: number
  bounds: Box
}

const box = (r: DOMRect): Box => ({ top: r.top, left: r.left, right: r.right, bottom: r.bottom })

/** The anchor of a selection `range` in the reader text `body` (its scroller is the pane). */
export function toolbarAnchor(range: Range, body: HTMLElement): ToolbarAnchor {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0)
  const selection = (rects.length > 0 ? rects : [range.getBoundingClientRect()]).map(box)
  const block =
    range.startContainer instanceof Element
      ? range.startContainer
      : range.startContainer.parentElement
  const style = getComputedStyle(block ?? body)
  const pitch = parseFloat(style.lineHeight)
  const lineHeight = Number.isFinite(pitch) ? pitch : 1.3 * parseFloat(style.fontSize)
  const pane = body.closest('.pane-content') ?? body
  return { selection, lineHeight, bounds: box(pane.getBoundingClientRect()) }
}

interface SelectionToolbarProps {
  place: ToolbarAnchor
  labels: string[]
  onHighlight: (colour: ColourSlot) => void
  onComment: () => void
  onTag: () => void
  onGrade: () => void
  onTagEvent: () => void
}

/**
 * The small toolbar by a selection; each action also has a one-key shortcut. It is placed once
 * its size is known (before the first paint), clear of the selection and the line above it and
 * inside the reader pane (`placeSelectionToolbar`).
 */
export function SelectionToolbar(props: SelectionToolbarProps): ReactNode {
  const ref = useRef<HTMLDivElement>(null)
  const [at, setAt] = useState<{ top: number; left: number } | null>(null)
  const { place } = props
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    setAt(
      placeSelectionToolbar({ ...place, size: { width: el.offsetWidth, height: el.offsetHeight } })
    )
  }, [place])
  const style = at ?? { top: 0, left: 0, visibility: 'hidden' as const }
  // mousedown must not take the selection away before the click lands.
  return (
    <div
      ref={ref}
      className="selection-toolbar"
      role="toolbar"
      aria-label="Annotate selection"
      style={style}
      onMouseDown={(e) => e.preventDefault()}
    >
      {COLOUR_SLOTS.map((slot) => (
        <button
          key={slot}
          type="button"
          className="swatch-button"
          style={{ ['--swatch' as string]: COLOUR_SWATCHES[slot] }}
          aria-label={`Highlight as ${props.labels[slot]}`}
          title={`Highlight as ${props.labels[slot]} (${slot === 0 ? 'h or ' : ''}${slot + 1})`}
          onClick={() => props.onHighlight(slot)}
        />
      ))}
      <span className="toolbar-divider" aria-hidden="true" />
      <button
        type="button"
        className="button button-small"
        title="Comment (c)"
        onClick={props.onComment}
      >
        Comment
      </button>
      <button type="button" className="button button-small" title="Tag (t)" onClick={props.onTag}>
        Tag
      </button>
      <button
        type="button"
        className="button button-small"
        title="Grade (g)"
        onClick={props.onGrade}
      >
        Grade
      </button>
      <button
        type="button"
        className="button button-small"
        title="Tag event (e)"
        onClick={props.onTagEvent}
      >
        Tag event
      </button>
    </div>
  )
}
