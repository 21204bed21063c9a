import type { ArticleRecord } from '../../../shared/model/article'
import type { EventField, EventRecord } from '../../../shared/model/event'
import { EVENT_FIELD_LABELS, EVENT_FIELDS } from '../../events/event-field-labels'
import { validEvidence } from '../../events/valid-evidence'
import { admiraltyLabels, articleReference } from './stix-acled-event'
import { stixConfidence } from './stix-confidence'
import { stixId, stixTimes } from './stix-ids'
import { withoutEmpty, type StixObject } from './stix-object'

const ANCHOR_REMARK = {
  exact: '',
  drifted: ' The passage has changed since it was cited (anchor drifted); check it in the article.',
  orphaned:
    ' The passage is no longer in the article (anchor orphaned); this is the original quote.'
} as const

/** The objects a field's evidence supports besides the event's report, when exported. */
export type FieldTargets = Partial<Record<EventField, string | null>>

/**
 * `note`s on the event: its free-text notes, and one per field that cites evidence, quoting the
 * passage (as cited) and saying when its anchor drifted or was orphaned. Each points at the
 * event's report and at the object the cited field became (the actor, the place), so an importer
 * shows the quote on what it supports. Only current citations: one made for another value of its
 * field than the event now holds is not evidence for it, and is left out (`validEvidence`).
 */
export function eventNotes(
  event: EventRecord,
  reportId: string,
  targets: FieldTargets,
  article: ArticleRecord | undefined,
  createdByRef: string,
  now: string
): StixObject[] {
  const common = (key: string) => ({
    type: 'note',
    spec_version: '2.1' as const,
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
      object_refs: [reportId]
    })
  }
  const cited = validEvidence(event).evidence
  for (const field of EVENT_FIELDS) {
    const evidence = cited[field as EventField]
    if (!evidence) continue
    const where = article?.title ? ` in “${article.title}”` : ''
    const target = targets[field as EventField]
    notes.push(
      withoutEmpty({
        ...common(`evidence:${field}`),
        abstract: `Evidence for ${EVENT_FIELD_LABELS[field].toLowerCase()}`,
        content:
          `“${evidence.selectors.quote.exact}”${where}.` + ANCHOR_REMARK[evidence.anchor.status],
        object_refs: target ? [reportId, target] : [reportId],
        external_references: articleReference(article),
        labels: admiraltyLabels(event.grade),
        ...stixConfidence(event.grade)
      })
    )
  }
  return notes
}
