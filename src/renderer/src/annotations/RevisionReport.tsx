import type { ReactNode } from 'react'
import type { ReanchorOutcome } from '@core/anchoring/reanchor-article'

const HEADINGS = {
  exact: 'Found unchanged',
  drifted: 'Found, but changed — check these',
  orphaned: 'Not found — kept as orphans'
} as const

/** The re-anchoring report: every anchor by state, with its old and new text. */
export function RevisionReport({ outcomes }: { outcomes: ReanchorOutcome[] }): ReactNode {
  if (outcomes.length === 0) return <p>This article has no annotations to re-anchor.</p>
  return (
    <div className="revision-report" data-testid="revision-report">
      {(['drifted', 'orphaned', 'exact'] as const).map((status) => {
        const items = outcomes.filter((o) => o.status === status)
        return (
          <section key={status} aria-label={HEADINGS[status]}>
            <h3 className={`report-heading status-badge-${status}`}>
              {HEADINGS[status]}: {items.length}
            </h3>
            {status !== 'exact' && items.length > 0 && (
              <ul className="report-list">
                {items.map((o) => (
                  <li key={o.id}>
                    {o.id.startsWith('event:') && (
                      <div className="report-label">Event evidence</div>
                    )}
                    <div>
                      <span className="report-label">Was</span> <q>{o.oldText}</q>
                    </div>
                    <div>
                      <span className="report-label">Now</span>{' '}
                      {o.newText ? <q>{o.newText}</q> : <em>not in the new text</em>}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </div>
  )
}
