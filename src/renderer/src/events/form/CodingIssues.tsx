import type { ReactNode } from 'react'
import type { CodingIssue } from '@core/events'

/** The coding checks for the event being edited: errors first, each in plain words. */
export function CodingIssues({ issues }: { issues: CodingIssue[] }): ReactNode {
  if (issues.length === 0) return <p className="coding-ok">Coding checks: nothing to flag.</p>
  return (
    <ul className="coding-issues" aria-label="Coding checks">
      {issues.map((issue, i) => (
        <li key={`${issue.code}-${i}`} className={`coding-issue coding-${issue.severity}`}>
          <span className="visually-hidden">
            {issue.severity === 'error' ? 'Needs attention: ' : 'Warning: '}
          </span>
          {issue.message}
        </li>
      ))}
    </ul>
  )
}
