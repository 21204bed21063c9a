import type { ReactNode } from 'react'
import type { LeaseNotice } from '../services/edit-lease-state'

interface EditLeaseNoticeProps {
  notice: LeaseNotice
  onAction: () => void
  /** More buttons after the action (a comment's "Stop waiting"). */
  children?: ReactNode
}

/**
 * One line above a record another window is editing: why it is read-only here, and the button
 * that takes over. A polite status, so a screen reader hears it without losing its place.
 */
export function EditLeaseNotice({ notice, onAction, children }: EditLeaseNoticeProps): ReactNode {
  return (
    <div className="edit-lease-notice" role="status">
      <span className="edit-lease-text">{notice.text}</span>
      {notice.action && (
        <button type="button" className="button button-small" onClick={onAction}>
          {notice.action}
        </button>
      )}
      {children}
    </div>
  )
}
