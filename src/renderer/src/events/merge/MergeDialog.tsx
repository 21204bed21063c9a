import { useId, useState, type ReactNode } from 'react'
import { defaultPicks, MERGE_FIELDS, sameMergeValue, type MergePicks } from '@core/events'
import type { EventRecord } from '@shared/model/event'
import { Dialog } from '../../ui/Dialog'
import { mergeFieldText } from './merge-field-text'
import './merge-dialog.css'

export interface MergeDialogProps {
  /** The event that stays (its id, article and creation time are kept). */
  keep: EventRecord
  /** The event merged into it and then removed. */
  remove: EventRecord
  onMerge: (picks: MergePicks) => Promise<string | null>
  onClose: () => void
}

/** Which evidence fields cite each merge field, for the "cited" mark. */
const CITED: Partial<Record<keyof MergePicks, keyof EventRecord['evidence']>> = {
  type: 'eventType',
  actor1: 'actor1',
  assocActor1: 'assocActor1',
  actor2: 'actor2',
  assocActor2: 'assocActor2',
  country: 'country',
  location: 'location',
  date: 'eventDate',
  fatalities: 'fatalities',
  context: 'context'
}

/**
 * Two records of one event side by side: each differing field is a radio group (arrows choose,
 * Tab moves on), fields both give alike are shown once. Evidence of both is kept (see mergeEvents).
 */
export function MergeDialog({ keep, remove, onMerge, onClose }: MergeDialogProps): ReactNode {
  const [picks, setPicks] = useState<MergePicks>(() => defaultPicks(keep, remove))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const base = useId()
  const cited = (e: EventRecord, key: keyof MergePicks): ReactNode => {
    const field = CITED[key]
    return field && e.evidence[field] ? <span className="merge-cited">cited</span> : null
  }
  const submit = async (): Promise<void> => {
    setBusy(true)
    const problem = await onMerge(picks)
    setBusy(false)
    if (problem) setError(problem)
  }
  return (
    <Dialog
      title="Merge events"
      open
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void submit()}
          >
            Merge events
          </button>
        </>
      }
    >
      <p className="form-hint">
        Pick each field from either record. The second record is removed; its notes, tags and the
        citations of values both give are kept. Ctrl+Z undoes the merge.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="merge-grid">
        <div className="merge-head" aria-hidden="true">
          <span />
          <span>This event (kept)</span>
          <span>Other event (removed)</span>
        </div>
        {MERGE_FIELDS.map(({ key, label }) => {
          const labelId = `${base}-${key}`
          if (sameMergeValue(keep, remove, key))
            return (
              <div key={key} className="merge-row merge-row-same">
                <span id={labelId} className="merge-label">
                  {label}
                </span>
                <span className="merge-both">
                  {mergeFieldText(keep, key)} {cited(keep, key) ?? cited(remove, key)}
                  <span className="muted"> · same in both</span>
                </span>
              </div>
            )
          return (
            <div key={key} className="merge-row" role="radiogroup" aria-labelledby={labelId}>
              <span id={labelId} className="merge-label">
                {label}
              </span>
              {([keep, remove] as const).map((e, i) => {
                const side = i === 0 ? 'a' : 'b'
                return (
                  <label key={side} className="merge-choice">
                    <input
                      type="radio"
                      name={labelId}
                      value={side}
                      checked={picks[key] === side}
                      onChange={() => setPicks((p) => ({ ...p, [key]: side }))}
                    />
                    <span>
                      {mergeFieldText(e, key)} {cited(e, key)}
                    </span>
                  </label>
                )
              })}
            </div>
          )
        })}
        <div className="merge-row merge-row-same">
          <span className="merge-label">Notes and tags</span>
          <span className="merge-both">joined from both</span>
        </div>
      </div>
    </Dialog>
  )
}
