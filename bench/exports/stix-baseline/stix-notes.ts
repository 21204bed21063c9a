import type { ArticleRecord } from '../../../src/shared/model/article'
import type { EventField, EventRecord } from '../../../src/shared/model/event'
import { EVENT_FIELD_LABELS, EVENT_FIELDS } from '../../../src/core/events/event-field-labels'
import { validEvidence } from '../../../src/core/events/valid-evidence'
import { eventReferences } from './stix-acled-event'
import { stixConfidence } from './stix-confidence'
import { stixId, stixTimes } from './stix-ids'
import type { StixObject } from './stix-object'

const ANCHOR_REMARK = {
  exact: '',
  drifted: ' The passage has changed since it was cited (anchor drifted); check it in the article.',
  orphaned:
    ' The passage is no longer in the article (anchor orphaned); this is the original quote.'
} as const

/**
 * `note`s on the event: its free-text notes, and one per field that cites evidence, quoting the
 * passage (as cited) and saying when its anchor drifted or was orphaned. A citation made for
 * another value of its field than the event now holds is not evidence for it, and is left out.
 */
export function eventNotes(
  event: EventRecord,
  eventId: string,
  article: ArticleRecord | undefined,
  createdByRef: string,
  now: string
): StixObject[] {
  const common = (key: string): StixObject => ({
    type: 'note',
    spec_version: '2.1',
    id: stixId('note', `${event.id}|${key}`),
    ...stixTimes(event.createdAt, event.updatedAt, now),
    created_by_ref: createdByRef
  })
  const notes: StixObject[] = []
  if (event.notes.trim() !== '') {
    notes.push({
      ...common('notes'),
      abstract: 'Event notes',
      content: event.notes,
      object_refs: [eventId]
    })
  }
  const cited = validEvidence(event).evidence
  for (const field of EVENT_FIELDS) {
    const evidence = cited[field as EventField]
    if (!evidence) continue
    const where = article?.title ? ` in “${article.title}”` : ''
    notes.push({
      ...common(`evidence:${field}`),
      abstract: `Evidence for ${EVENT_FIELD_LABELS[field].toLowerCase()}`,
      content:
        `“${evidence.selectors.quote.exact}”${where}.` + ANCHOR_REMARK[evidence.anchor.status],
      object_refs: [eventId],
      external_references: eventReferences(event, article),
      ...stixConfidence(event.grade)
    })
  }
  return notes
}
