import type { ReactNode } from 'react'
import type { Evidence } from '@shared/model/event'
import { useAnnotationUi } from '../../services/annotation-ui'

interface EvidenceNoteProps {
  /** The field's label, for the button's description (its name stays "Cite selection", so a
   * field found by its label is never confused with its button). */
  label: string
  /** The citation that holds for the field's current value, if any. */
  evidence: Evidence | undefined
  /** False when the field is empty or at its default: nothing to cite, nothing missing. */
  hasValue: boolean
  /** Why citing is not possible now, or null when it is. */
  citeBlocked: string | null
  onCite: () => void
}

/**
 * Under a field: the passage its value came from ("from «words»", clicking shows it in the
 * reader) or "no citation", and a button citing the reader's selection for the value.
 */
export function EvidenceNote({
  label,
  evidence,
  hasValue,
  citeBlocked,
  onCite
}: EvidenceNoteProps): ReactNode {
  const ui = useAnnotationUi()
  const orphaned = evidence?.anchor.status === 'orphaned'
  return (
    <span className="evidence-row">
      {evidence ? (
        <span className={`evidence-note${orphaned ? ' evidence-orphaned' : ''}`}>
          {orphaned ? 'evidence not found in the current text: ' : 'from '}
          <button
            type="button"
            className="evidence-link"
            disabled={orphaned}
            onClick={() =>
              ui.revealSpan({ start: evidence.anchor.start, end: evidence.anchor.end })
            }
            title={orphaned ? undefined : 'Show this passage in the article'}
          >
            “{evidence.selectors.quote.exact}”
          </button>
          {evidence.anchor.status === 'drifted' && ' (drifted: check it)'}
        </span>
      ) : (
        hasValue && <span className="evidence-note evidence-none">no citation</span>
      )}
      <button
        type="button"
        className="cite-button"
        disabled={citeBlocked !== null}
        title={
          citeBlocked ?? `Cite the passage selected in the article for ${label} (Ctrl+Shift+E)`
        }
        // The click must not take the reader's selection away before it lands.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onCite}
      >
        Cite selection
      </button>
    </span>
  )
}
