import type { ReactNode } from 'react'
import type { Evidence } from '../../../../shared/model/event'
import { useAnnotationUi } from '../../annotations/annotation-ui'

/** "from: «words»" under a field: the passage the value came from; clicking shows it in the reader. */
export function EvidenceNote({ evidence }: { evidence: Evidence | undefined }): ReactNode {
  const ui = useAnnotationUi()
  if (!evidence) return null
  const orphaned = evidence.anchor.status === 'orphaned'
  return (
    <span className={`evidence-note${orphaned ? ' evidence-orphaned' : ''}`}>
      {orphaned ? 'evidence not found in the current text: ' : 'from '}
      <button
        type="button"
        className="evidence-link"
        disabled={orphaned}
        onClick={() => ui.revealSpan({ start: evidence.anchor.start, end: evidence.anchor.end })}
        title={orphaned ? undefined : 'Show this passage in the article'}
      >
        “{evidence.selectors.quote.exact}”
      </button>
      {evidence.anchor.status === 'drifted' && ' (drifted: check it)'}
    </span>
  )
}
