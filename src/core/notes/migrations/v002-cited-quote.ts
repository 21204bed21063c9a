import { nodeText, mapNoteNodes, type NoteDoc, type NoteJSONNode } from '../note-json'

/**
 * Note schema version 1 (notes saved before documents carried a version; the database upgrade that
 * added `schemaVersion` labels them 1) differed from version 2 in two nodes:
 *
 * - `citation`: an inline node with attr `annotation` (the annotation id) whose *content* was the
 *   quoted text, editable in place. A quote edited in the note silently stopped matching its
 *   source, and the grade was not stored at all, so an export lost it when the annotation was gone.
 * - `eventRef`: a block node with attr `event` (the event id) and no content.
 *
 * Version 2 replaces them with atoms that point at the live record and cache what the reader needs
 * when it is gone: `citedQuote { annotationId, quote, grade, status }` and `eventCard { eventId }`.
 * A v1 citation's text becomes the cached quote; its grade is unknown until the editor refreshes
 * the cache from the live annotation (which also replaces the provisional status when the note
 * opens). A citation without an annotation id is orphaned.
 */
function citationToCitedQuote(node: NoteJSONNode): NoteJSONNode {
  const annotationId = typeof node.attrs?.annotation === 'string' ? node.attrs.annotation : ''
  const citedQuote: NoteJSONNode = {
    type: 'citedQuote',
    attrs: {
      annotationId,
      quote: nodeText(node),
      grade: null,
      status: annotationId === '' ? 'orphaned' : 'exact'
    }
  }
  // Marks on the citation (bold, a link) still apply to the atom that replaces it.
  if (node.marks && node.marks.length > 0) citedQuote.marks = node.marks
  return citedQuote
}

function eventRefToEventCard(node: NoteJSONNode): NoteJSONNode {
  const eventId = typeof node.attrs?.event === 'string' ? node.attrs.event : ''
  return { type: 'eventCard', attrs: { eventId } }
}

/** Migrates a version-1 note document to version 2. */
export function migrateV1ToV2(doc: NoteDoc): NoteDoc {
  return mapNoteNodes(doc, (node) => {
    if (node.type === 'citation') return citationToCitedQuote(node)
    if (node.type === 'eventRef') return eventRefToEventCard(node)
    return node
  }) as NoteDoc
}
