import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import type { ReactNode } from 'react'
import type { SourceRow, TimelineRow } from '../live/note-lookups'
import { ALWAYS_READY } from '../live/note-lookups'
import { useLiveValue } from '../live/useLiveValue'
import type { LiveBlockOptions } from './live-block'

function TimelineTable({ options }: { options: LiveBlockOptions }): ReactNode {
  const { lookups, onOpenEvent: onOpen } = options
  const rows: readonly TimelineRow[] = useLiveValue(
    lookups.subscribe,
    lookups.getTimeline,
    undefined
  )
  if (rows.length === 0) return <p className="live-block-empty">No events coded yet.</p>
  return (
    <table className="live-block-table">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Event</th>
          <th scope="col">Place</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.eventId} className={row.context === 'current' ? '' : 'live-block-mention'}>
            <td>{row.dateLabel}</td>
            <td>
              <button type="button" className="live-block-link" onClick={() => onOpen(row.eventId)}>
                {row.summary}
              </button>
              {row.context !== 'current' && (
                <span className="live-block-context"> ({row.context})</span>
              )}
            </td>
            <td>{row.place}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function SourcesList({ options }: { options: LiveBlockOptions }): ReactNode {
  const { lookups, onOpenEvent, onOpenAnnotation } = options
  const rows: readonly SourceRow[] = useLiveValue(lookups.subscribe, lookups.getSources, undefined)
  if (rows.length === 0) return <p className="live-block-empty">No graded sources yet.</p>
  return (
    <ul className="live-block-sources">
      {rows.map((row) => (
        <li key={`${row.kind}:${row.id}`}>
          <span className="live-block-grade" title={row.gradeLabel}>
            {row.grade ?? '—'}
          </span>{' '}
          <strong>{row.source}</strong>{' '}
          <button
            type="button"
            className="live-block-link"
            onClick={() => (row.kind === 'event' ? onOpenEvent(row.id) : onOpenAnnotation(row.id))}
          >
            {row.kind === 'annotation' ? `“${row.detail}”` : row.detail}
          </button>
          {row.status !== null && row.status !== 'exact' && (
            <span className="live-block-status"> ({row.status})</span>
          )}
        </li>
      ))}
    </ul>
  )
}

/** The current timeline or sources, recomputed whenever the workbench's records change. */
export function LiveBlockView({ node, extension, selected }: ReactNodeViewProps): ReactNode {
  const options = extension.options as LiveBlockOptions
  const kind = node.attrs.kind === 'sources' ? 'sources' : 'timeline'
  const { lookups } = options
  const ready = useLiveValue(lookups.subscribe, lookups.isReady ?? ALWAYS_READY, undefined)
  return (
    <NodeViewWrapper
      className={`live-block live-block--${kind}${selected ? ' is-selected' : ''}`}
      data-kind={kind}
      contentEditable={false}
    >
      <div className="live-block-label">
        {kind === 'timeline' ? 'Timeline' : 'Sources and reliability'}
        <span className="live-block-hint"> · updates with the workbench</span>
      </div>
      {!ready ? (
        <p className="live-block-empty">Loading…</p>
      ) : kind === 'timeline' ? (
        <TimelineTable options={options} />
      ) : (
        <SourcesList options={options} />
      )}
    </NodeViewWrapper>
  )
}
