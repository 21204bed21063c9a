import { useState, type ReactNode } from 'react'
import { Dialog } from '../ui/Dialog'
import { setSetting } from '../db/commands/set-setting'
import { db } from '../db/db'
import { COLOUR_SLOTS, COLOUR_SWATCHES, defaultColourLabels } from './colours'

/** Renames the five highlight colours; an empty label falls back to its default. */
export function ColourLabelsDialog({
  labels,
  onClose
}: {
  labels: string[]
  onClose: () => void
}): ReactNode {
  const [draft, setDraft] = useState(labels)
  const save = async (): Promise<void> => {
    const defaults = defaultColourLabels()
    await setSetting(
      db,
      'colourLabels',
      draft.map((l, i) => l.trim().slice(0, 40) || defaults[i]!)
    )
    onClose()
  }
  return (
    <Dialog
      title="Highlight colours"
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={() => setDraft(defaultColourLabels())}>
            Restore defaults
          </button>
          <button type="button" className="button button-primary" onClick={() => void save()}>
            Save
          </button>
        </>
      }
    >
      <div className="form">
        {COLOUR_SLOTS.map((slot) => (
          <label
            key={slot}
            className="form-field colour-label-field"
            style={{ ['--swatch' as string]: COLOUR_SWATCHES[slot] }}
          >
            <span className="form-label">
              <span className="swatch" aria-hidden="true" /> Colour {slot + 1}
            </span>
            <input
              value={draft[slot]}
              maxLength={40}
              onChange={(e) => setDraft(draft.map((l, i) => (i === slot ? e.target.value : l)))}
            />
          </label>
        ))}
      </div>
    </Dialog>
  )
}
