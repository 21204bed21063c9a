import type { ReactNode } from 'react'
import type { EventRecord } from '../../../shared/model/event'
import { Dialog } from '../components/Dialog'

export interface Proposal {
  key: string
  draft: EventRecord
  passage: string
}

interface SuggestionsReviewProps {
  proposals: Proposal[]
  onAccept: (p: Proposal) => void
  onEdit: (p: Proposal) => void
  onDismiss: (p: Proposal) => void
  onAcceptAll: () => void
  onClose: () => void
}

function summary(e: EventRecord): string {
  const who = [e.actor1?.name, e.actor2?.name].filter(Boolean).join(' → ')
  const when = e.eventDate
    ? `${e.eventDate}${e.timePrecision === 2 ? ' (week)' : e.timePrecision === 3 ? ' (month)' : ''}`
    : 'date unknown'
  const toll =
    e.fatalities === null
      ? ''
      : ` · ${e.fatalities} killed${e.fatalitiesPhrase ? ` (“${e.fatalitiesPhrase}”)` : ''}`
  return `${who || 'actors unknown'} · ${e.countryCode || 'country unknown'} · ${when}${toll}`
}

/** "Suggest events": every proposed event with its passage, to accept, edit or dismiss. */
export function SuggestionsReview(props: SuggestionsReviewProps): ReactNode {
  return (
    <Dialog
      title="Suggested events"
      open
      wide
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="button" onClick={props.onClose}>
            Done
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={props.proposals.length === 0}
            onClick={props.onAcceptAll}
          >
            Accept all {props.proposals.length}
          </button>
        </>
      }
    >
      {props.proposals.length === 0 ? (
        <p>No more suggestions to review.</p>
      ) : (
        <ol className="proposal-list" aria-label="Proposed events">
          {props.proposals.map((p) => (
            <li
              key={p.key}
              className={`proposal context-${p.draft.context}`}
              aria-label={`${p.draft.subEventType || p.draft.eventType}: ${summary(p.draft)}`}
            >
              <div className="proposal-head">
                <strong>{p.draft.subEventType || p.draft.eventType || 'Untyped'}</strong>
                {p.draft.context !== 'current' && (
                  <span className="context-badge">{p.draft.context}</span>
                )}
              </div>
              <div className="proposal-summary">{summary(p.draft)}</div>
              <blockquote className="proposal-passage">{p.passage}</blockquote>
              <div className="proposal-actions">
                <button
                  type="button"
                  className="button button-small button-primary"
                  onClick={() => props.onAccept(p)}
                >
                  Accept
                </button>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => props.onEdit(p)}
                >
                  Edit…
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => props.onDismiss(p)}
                >
                  Dismiss
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  )
}
