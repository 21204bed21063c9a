import type { AnnotationRecord } from '../../../shared/model/annotation'
import { admiraltyMachineTags, describeGrade } from '../../grading/admiralty'
import type { Placement } from './annotation-placement'
import { sanitizeCommentHtml } from './sanitize-comment-html'

/** A W3C TextualBody, or a Choice between representations of one. */
export type AnnotationBody =
  | { type: 'TextualBody'; purpose: string; value: string; format?: string }
  | { type: 'Choice'; items: AnnotationBody[] }

/**
 * The bodies of an annotation:
 * - the comment, as a Choice of sanitised HTML (first, the default) and its plain text — two
 *   representations of one comment, not two comments;
 * - one `tagging` body per tag;
 * - the highlight colour's label (the analyst's category: "Key fact", "Claim"…) as a
 *   `classifying` body;
 * - the Admiralty grade as an `assessing` body ("B2 — usually reliable, probably true") and as
 *   the admiralty-scale taxonomy's two machine tags, so tools read the grade, not a sentence;
 * - a `describing` body when the anchor is not exact or was not checked, so no reader mistakes a
 *   moved or lost passage for the one that was annotated.
 */
export function annotationBodies(
  a: AnnotationRecord,
  placement: Placement,
  colourLabel: string
): AnnotationBody[] {
  const bodies: AnnotationBody[] = []
  const html = sanitizeCommentHtml(a.commentHtml)
  const text = a.commentText.trim()
  const htmlBody = {
    type: 'TextualBody',
    purpose: 'commenting',
    value: html,
    format: 'text/html'
  } as const
  const textBody = {
    type: 'TextualBody',
    purpose: 'commenting',
    value: text,
    format: 'text/plain'
  } as const
  if (html !== '' && text !== '') bodies.push({ type: 'Choice', items: [htmlBody, textBody] })
  else if (html !== '') bodies.push(htmlBody)
  else if (text !== '') bodies.push(textBody)
  for (const tag of a.tags) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: tag })
  if (colourLabel.trim() !== '')
    bodies.push({ type: 'TextualBody', purpose: 'classifying', value: colourLabel.trim() })
  if (a.grade) {
    bodies.push({
      type: 'TextualBody',
      purpose: 'assessing',
      value: describeGrade(a.grade),
      format: 'text/plain'
    })
    for (const tag of admiraltyMachineTags(a.grade))
      bodies.push({ type: 'TextualBody', purpose: 'tagging', value: tag })
  }
  const state = stateNote(a, placement)
  if (state)
    bodies.push({ type: 'TextualBody', purpose: 'describing', value: state, format: 'text/plain' })
  return bodies
}

function stateNote(a: AnnotationRecord, placement: Placement): string | null {
  const quoted = `“${a.selectors.quote.exact}”`
  if (!placement.checked) {
    return (
      `Anchor not checked: the article's text was not part of this export, so the quote is the ` +
      `one made when the passage was annotated and no position is given ` +
      `(last known state: ${placement.anchor.status}).`
    )
  }
  if (placement.anchor.status === 'drifted') {
    return (
      'Anchor drifted: the passage changed after it was annotated; the selectors give where it ' +
      `is now. Originally annotated: ${quoted}`
    )
  }
  if (placement.anchor.status === 'orphaned') {
    return (
      'Anchor orphaned: the passage was not found in the current text of the article, so no ' +
      `position is given; the quote is the one originally annotated: ${quoted}`
    )
  }
  return null
}
