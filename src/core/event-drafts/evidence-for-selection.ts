import type { Anchorer } from '../anchoring'
import type { Evidence } from '../../shared/model/event'
import { evidenceFor } from './event-from-suggestion'

/**
 * Cites a passage the analyst selected, anchored like an annotation. A selection made by sentence
 * or by dragging often takes the spaces and line break around it; the citation quotes the words.
 * Null when the selection holds no words.
 */
export function evidenceForSelection(
  anchorer: Anchorer,
  span: { start: number; end: number }
): Evidence | null {
  const text = anchorer.text
  let start = Math.max(0, span.start)
  let end = Math.min(text.length, span.end)
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return end > start ? evidenceFor(anchorer, { start, end }) : null
}
