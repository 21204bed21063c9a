import type { ReactNode } from 'react'
import { useNotices } from '../services/notices'

/**
 * Messages at the bottom of the window; errors are announced assertively. A notice under the
 * pointer or holding focus keeps its place until left (its clock is held).
 */
export function NoticeArea(): ReactNode {
  const { notices, dismiss, hold } = useNotices()
  return (
    <div className="notice-area" aria-live="polite">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.tone}`}
          role={n.tone === 'info' ? 'status' : 'alert'}
          onMouseEnter={() => hold(n.id, true)}
          onMouseLeave={() => hold(n.id, false)}
          onFocus={() => hold(n.id, true)}
          onBlur={(e) => {
            if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)))
              hold(n.id, false)
          }}
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
