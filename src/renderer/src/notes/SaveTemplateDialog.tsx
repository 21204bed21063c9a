import { useState, type ReactNode } from 'react'
import { Dialog } from '../ui/Dialog'
import { countNoun } from '@core/text/count-noun'

/** Longer names are cut off in the template picker; 120 characters is already two lines there. */
export const MAX_TEMPLATE_NAME = 120

interface SaveTemplateDialogProps {
  defaultName: string
  /** Names already used by templates: a clash is allowed but said, so it is not a surprise. */
  existingNames: readonly string[]
  onClose: () => void
  /** Resolves true once the template is stored (the dialog then closes). */
  onSave: (name: string) => Promise<boolean>
}

/**
 * "Save as template": asks for the template's name in the app's own dialog. window.prompt is not
 * available in Electron (it throws), and a modal of our own keeps the theme and the keyboard.
 */
export function SaveTemplateDialog(props: SaveTemplateDialogProps): ReactNode {
  const [name, setName] = useState(props.defaultName)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const trimmed = name.trim()
  const clash = props.existingNames.includes(trimmed)

  const submit = async (): Promise<void> => {
    // Enter submits the form even while the button is disabled: one template per save.
    if (busy) return
    if (!trimmed) return setError('Give the template a name.')
    if (trimmed.length > MAX_TEMPLATE_NAME)
      return setError(`A template name has at most ${countNoun(MAX_TEMPLATE_NAME, 'character')}.`)
    setBusy(true)
    const saved = await props.onSave(trimmed)
    setBusy(false)
    if (saved) props.onClose()
  }

  return (
    <Dialog
      title="Save as template"
      open
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void submit()}
          >
            Save template
          </button>
        </>
      }
    >
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        {/* The hint is outside the label, so the field's name is only "Template name". */}
        <div className="form-field">
          <label className="form-label" htmlFor="save-template-name">
            Template name
          </label>
          <input
            id="save-template-name"
            value={name}
            aria-invalid={error !== null}
            aria-describedby="save-template-hint"
            onChange={(e) => {
              setName(e.target.value)
              setError(null)
            }}
          />
          <span
            id="save-template-hint"
            className={error ? 'form-error' : 'form-hint'}
            role={error ? 'alert' : undefined}
          >
            {error ??
              (clash
                ? 'A template of this name exists; both are kept, listed by name.'
                : 'New notes can start from it; the note itself stays as it is.')}
          </span>
        </div>
      </form>
    </Dialog>
  )
}
