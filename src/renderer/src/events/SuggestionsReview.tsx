import { memo, useEffect, useState, type ReactNode } from 'react'
import type { CandidateField } from '@core/event-drafts/event-from-suggestion'
import {
  candidateOffers,
  formatConfidence,
  proposedValues,
  type ShownValue
} from '@core/event-drafts/proposal-fields'
import type { EventSuggestion } from '@core/suggest/event-suggestion'
import type { EventRecord } from '@shared/model/event'
import { Dialog } from '../ui/Dialog'

export interface Proposal {
  key: string
  draft: EventRecord
  passage: string
  /** What the engine proposed: the words and confidence of each value, and the candidates. */
  suggestion?: EventSuggestion
  /** The candidate the analyst chose, per field; a field nobody chose stays empty. */
  chosen?: Partial<Record<CandidateField, number>>
}

interface SuggestionsReviewProps {
  proposals: Proposal[]
  onAccept: (p: Proposal) => void
  onEdit: (p: Proposal) => void
  onDismiss: (p: Proposal) => void
  onAcceptAll: () => void
  onChoose: (p: Proposal, field: CandidateField, index: number) => void
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

/** "from “words” · 83 %": why a value was proposed. */
function why(v: ShownValue): string {
  const c = formatConfidence(v.confidence)
  return [v.words ? `from “${v.words}”` : '', c ? `confidence ${c}` : '']
    .filter(Boolean)
    .join(' · ')
}

/** Each proposed value with the words it came from and how sure the engine is. */
function ProposedValues({ p }: { p: Proposal }): ReactNode {
  if (!p.suggestion) return null
  const values = proposedValues(p.suggestion, p.chosen)
  if (values.length === 0) return null
  return (
    <dl className="proposal-values" aria-label="Proposed values">
      {values.map((v) => (
        <div key={v.label} className="proposal-value">
          <dt>{v.label}</dt>
          <dd>
            {v.value} {why(v) && <span className="proposal-why">{why(v)}</span>}
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** Fields the engine was unsure of: left empty, with its candidates one click (or key) away. */
function CandidateChoices({
  p,
  onChoose
}: {
  p: Proposal
  onChoose: SuggestionsReviewProps['onChoose']
}): ReactNode {
  if (!p.suggestion) return null
  return candidateOffers(p.suggestion).map((offer) => (
    <div
      key={offer.field}
      role="group"
      aria-label={`Choose ${offer.label}`}
      className="proposal-candidates"
    >
      <span className="proposal-candidates-label">
        {offer.label}: {p.chosen?.[offer.field] === undefined ? 'left empty, choose' : 'chosen'}
      </span>
      {offer.options.map((o, i) => (
        <button
          key={i}
          type="button"
          className="button button-small candidate-button"
          aria-pressed={p.chosen?.[offer.field] === i}
          title={why(o)}
          onClick={() => onChoose(p, offer.field, i)}
        >
          {o.value}
          <span className="proposal-why">{why(o)}</span>
        </button>
      ))}
    </div>
  ))
}

// One proposal; memoised, so rows already drawn are not drawn again as more are added.
const ProposalRow = memo(function ProposalRow({
  p,
  onAccept,
  onEdit,
  onDismiss,
  onChoose
}: {
  p: Proposal
  onAccept: SuggestionsReviewProps['onAccept']
  onEdit: SuggestionsReviewProps['onEdit']
  onDismiss: SuggestionsReviewProps['onDismiss']
  onChoose: SuggestionsReviewProps['onChoose']
}): ReactNode {
  return (
    <li
      className={`proposal context-${p.draft.context}`}
      aria-label={`${p.draft.subEventType || p.draft.eventType}: ${summary(p.draft)}`}
    >
      <div className="proposal-head">
        <strong>{p.draft.subEventType || p.draft.eventType || 'Untyped'}</strong>
        {p.draft.context !== 'current' && <span className="context-badge">{p.draft.context}</span>}
        {p.suggestion && (
          <span className="proposal-why">
            confidence {formatConfidence(p.suggestion.confidence)}
          </span>
        )}
      </div>
      <div className="proposal-summary">{summary(p.draft)}</div>
      <blockquote className="proposal-passage">{p.passage}</blockquote>
      <ProposedValues p={p} />
      <CandidateChoices p={p} onChoose={onChoose} />
      <div className="proposal-actions">
        <button
          type="button"
          className="button button-small button-primary"
          onClick={() => onAccept(p)}
        >
          Accept
        </button>
        <button type="button" className="button button-small" onClick={() => onEdit(p)}>
          Edit…
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => onDismiss(p)}
        >
          Dismiss
        </button>
      </div>
    </li>
  )
})

// A long article's proposals are drawn a few at a time, one batch a frame: drawing 150 at once
// held the page for half a second after the worker answered.
const BATCH = 12

function useProgressiveCount(total: number): number {
  const [shown, setShown] = useState(BATCH)
  useEffect(() => {
    if (shown >= total) return
    const frame = requestAnimationFrame(() => setShown((n) => n + BATCH))
    return () => cancelAnimationFrame(frame)
  }, [shown, total])
  return Math.min(shown, total)
}

/** "Suggest events": every proposed event with its passage, to accept, edit or dismiss. */
export function SuggestionsReview(props: SuggestionsReviewProps): ReactNode {
  const shown = useProgressiveCount(props.proposals.length)
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
          {/* Nothing left to accept: no "Accept all 0". */}
          {props.proposals.length > 0 && (
            <button
              type="button"
              className="button button-primary"
              onClick={props.onAcceptAll}
              title="Accepts each event as shown: fields left empty stay empty"
            >
              Accept all {props.proposals.length}
            </button>
          )}
        </>
      }
    >
      {props.proposals.length === 0 ? (
        <p>No more suggestions to review.</p>
      ) : (
        <ol className="proposal-list" aria-label="Proposed events">
          {props.proposals.slice(0, shown).map((p) => (
            <ProposalRow
              key={p.key}
              p={p}
              onAccept={props.onAccept}
              onEdit={props.onEdit}
              onDismiss={props.onDismiss}
              onChoose={props.onChoose}
            />
          ))}
        </ol>
      )}
    </Dialog>
  )
}
