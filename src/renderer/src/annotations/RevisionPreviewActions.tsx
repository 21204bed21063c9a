import type { ReactNode } from 'react'

/** The footer of a text revision's preview (update, restore): back to the text, or apply it. */
export function RevisionPreviewActions({
  onBack,
  onApply,
  applyLabel
}: {
  onBack: () => void
  onApply: () => void
  applyLabel: string
}): ReactNode {
  return (
    <>
      <button type="button" className="button" onClick={onBack}>
        Back
      </button>
      <button type="button" className="button button-primary" onClick={onApply}>
        {applyLabel}
      </button>
    </>
  )
}
