import type { ReactNode } from 'react'
import { useNotices } from '../app/notices'

/** Messages at the bottom of the window; errors are announced assertively. */
export function NoticeArea(): ReactNode {
  const { notices, dismiss } = useNotices()
  return (
    <div className="notice-area" aria-live="polite">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.tone}`}
          role={n.tone === 'info' ? 'status' : 'alert'}
        >
          <span>{n.message}</span>
          {n.action && (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                dismiss(n.id)
                n.action?.run()
              }}
            >
              {n.action.label}
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss message"
            onClick={() => dismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
