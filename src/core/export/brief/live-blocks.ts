import type { EventRecord } from '../../../shared/model/records'
import { describeGrade } from '../../grading/admiralty'
import { eventCardFrom, sourceRowsFrom, timelineRowsFrom } from '../../notes/live-data'
import type { ArticleRecord } from '../../../shared/model/article'
import { deepLinkFor } from '../deep-link'
import { safeWebUrl } from '../safe-href'
import type { BriefBlock, BriefField, BriefTableRow } from './brief-model'
import type { BriefLookups } from './brief-lookups'
import { singleLine } from './single-line'
import { run } from './brief-runs'

function row(header: boolean, cells: string[]): BriefTableRow {
  return { header, cells: cells.map((cell) => (cell === '' ? [] : [run(cell)])) }
}

function emptyNote(text: string): BriefBlock {
  return { kind: 'paragraph', content: [run(text, { italic: true })] }
}

/** A timeline live block as a table of the events in the note's scope, in date order. */
export function timelineBlock(lookups: BriefLookups, articleId: string | null): BriefBlock {
  const rows = timelineRowsFrom(lookups.scopedEvents(articleId))
  if (rows.length === 0) return emptyNote('Timeline: no events recorded.')
  return {
    kind: 'table',
    caption: 'Timeline',
    rows: [
      row(true, ['Date', 'Event', 'Place', 'Context']),
      ...rows.map((r) => row(false, [r.dateLabel, r.summary, r.place, r.context]))
    ]
  }
}

/** A sources live block as a table: graded annotations and sourced events, best grade first. */
export function sourcesBlock(lookups: BriefLookups, articleId: string | null): BriefBlock {
  const rows = sourceRowsFrom({
    annotations: lookups.scopedAnnotations(articleId),
    events: lookups.scopedEvents(articleId),
    articleTitle: (id) => lookups.article(id)?.title ?? 'Unknown article'
  })
  if (rows.length === 0) return emptyNote('Sources: no graded sources recorded.')
  return {
    kind: 'table',
    caption: 'Sources',
    rows: [
      row(true, ['Source', 'Grade', 'Evidence', 'Anchor']),
      ...rows.map((r) =>
        row(false, [
          r.source,
          r.gradeLabel,
          r.kind === 'annotation' ? `“${singleLine(r.detail)}”` : singleLine(r.detail),
          r.status === null || r.status === 'exact' ? '' : r.status
        ])
      )
    ]
  }
}

/**
 * The report an event was coded from — title, outlet, publication date — linked to its web page,
 * so a reader without the workbench can open the source.
 */
function reportField(article: ArticleRecord | undefined): BriefField | null {
  if (!article) return null
  const details = [article.source, article.publishedAt].filter((part) => part.trim() !== '')
  const value = details.length > 0 ? `${article.title}, ${details.join(', ')}` : article.title
  const href = safeWebUrl(article.url)
  return { label: 'Report', value, ...(href ? { href } : {}) }
}

function eventFields(event: EventRecord, article: ArticleRecord | undefined): BriefField[] {
  const card = eventCardFrom(event)
  const fields: BriefField[] = [
    { label: 'Date', value: card.dateLabel || 'undated' },
    { label: 'Place', value: card.place },
    { label: 'Actors', value: card.actors },
    { label: 'Fatalities', value: card.fatalities },
    { label: 'Grade', value: event.grade ? describeGrade(event.grade) : 'Not graded' },
    { label: 'Source', value: event.sourceName }
  ]
  const report = reportField(article)
  if (report) fields.push(report)
  if (card.context !== 'current') fields.push({ label: 'Context', value: card.context })
  return fields.filter((field) => field.value.trim() !== '')
}

/** An event card: the event's summary and a deep link, or a note that the event is gone. */
export function eventCardBlock(lookups: BriefLookups, eventId: string): BriefBlock {
  const event = lookups.event(eventId)
  if (!event)
    return {
      kind: 'eventCard',
      title: 'Event no longer in the workbench',
      fields: [{ label: 'Note', value: 'The event this card showed was deleted.' }],
      link: null
    }
  return {
    kind: 'eventCard',
    title: `Event: ${eventCardFrom(event).title}`,
    fields: eventFields(event, lookups.article(event.articleId)),
    link: deepLinkFor({ articleId: event.articleId, eventId: event.id })
  }
}
