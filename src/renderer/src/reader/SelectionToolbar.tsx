import type { ReactNode } from 'react'
import type { ColourSlot } from '../../../shared/model/annotation'
import { COLOUR_SLOTS, COLOUR_SWATCHES } from '../annotations/colours'

interface SelectionToolbarProps {
  rect: { top: number; left: number; bottom: number }
  labels: string[]
  onHighlight: (colour: ColourSlot) => void
  onComment: () => void
  onTag: () => void
  onGrade: () => void
  onTagEvent: () => void
}

/** The small toolbar over a selection; each action also has a one-key shortcut. */
export function SelectionToolbar(props: SelectionToolbarProps): ReactNode {
  const above = props.rect.top > 64
  const style = {
    top: above ? props.rect.top - 46 : props.rect.bottom + 8,
    left: Math.max(8, Math.min(props.rect.left, window.innerWidth - 420))
  }
  // mousedown must not take the selection away before the click lands.
  return (
    <div
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
