import type { ReactNode } from 'react'

/** The events coded from the current article. */
export function EventsPane(): ReactNode {
  return <p className="empty-state">No events tagged on this article yet.</p>
}
