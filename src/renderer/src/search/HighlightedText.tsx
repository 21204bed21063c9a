import type { ReactNode } from 'react'
import type { TextPart } from '@core/search'

/** Text with the words a search matched in <mark>. */
export function HighlightedText({ parts }: { parts: readonly TextPart[] }): ReactNode {
  return parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))
}
