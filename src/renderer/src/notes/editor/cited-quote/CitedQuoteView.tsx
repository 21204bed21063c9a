import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import type { ReactNode } from 'react'
import { ALWAYS_READY } from '../live/note-lookups'
import { useLiveValue } from '../live/useLiveValue'
import type { CitedQuoteOptions } from './cited-quote'
import { normaliseGrade, normaliseStatus, resolveCitedQuote } from './cited-quote-attrs'

const STATUS_NOTE = {
  exact: '',
  drifted: 'The passage changed since it was quoted: check it.',
  orphaned: 'The passage can no longer be found in the article.'
} as const

/** Shows the live quote and grade; falls back to the cached copy, marked, when the annotation is gone. */
export function CitedQuoteView({ node, extension, selected }: ReactNodeViewProps): ReactNode {
  const { lookups, onOpenAnnotation } = extension.options as CitedQuoteOptions
  const cached = {
    annotationId: String(node.attrs.annotationId ?? ''),
    quote: String(node.attrs.quote ?? ''),
    grade: normaliseGrade(node.attrs.grade),
    status: normaliseStatus(node.attrs.status)
  }
  const { annotationId } = cached
  const live = useLiveValue(lookups.subscribe, lookups.getAnnotation, annotationId)
  const ready = useLiveValue(lookups.subscribe, lookups.isReady ?? ALWAYS_READY, undefined)
  // While the records load, the cached copy is shown as it was saved.
  const shown = ready ? resolveCitedQuote(cached, live) : cached
  const deleted = ready && live === undefined
  const note = deleted
    ? 'The annotation was deleted; this is the quote as last saved.'
    : STATUS_NOTE[shown.status]
  const title = [
    shown.grade ? `Grade ${shown.grade}` : 'Not graded',
    note,
    'Click to show the passage.'
  ]
    .filter((t) => t !== '')
    .join('\n')
  return (
    <NodeViewWrapper
      as="span"
      className={`cited-quote cited-quote--${shown.status}${selected ? ' is-selected' : ''}`}
      data-annotation-id={annotationId}
      data-status={shown.status}
      title={title}
      onClick={() => onOpenAnnotation(annotationId)}
    >
      {shown.status !== 'exact' && (
        <span className="cited-quote-flag" aria-label={deleted ? 'deleted' : shown.status}>
          {shown.status === 'drifted' ? '≈' : '⚠'}
        </span>
      )}
      <q className="cited-quote-text">{shown.quote}</q>
      {shown.grade && <span className="cited-quote-grade">{shown.grade}</span>}
    </NodeViewWrapper>
  )
}
